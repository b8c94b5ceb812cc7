using System.Text.RegularExpressions;

namespace SocialCreditExplainer.ContentIntegrity.Tests;

/// <summary>The article set is complete, in both languages, and every factual paragraph is cited.</summary>
public sealed partial class ArticlesTests
{
    public static TheoryData<string> Keys() =>
    [
        "what-is-social-credit", "china-social-credit-system", "thailand-social-credit", "parliament-debate",
        "thailand-vs-china", "myths-and-facts", "rights-and-debate", "checking-the-sources", "about",
    ];

    [Theory]
    [MemberData(nameof(Keys))]
    public void EachArticleExistsInThaiAndEnglish(string key)
    {
        Assert.NotNull(RealContent.Snapshot.FindArticleByKey(SiteLanguage.Thai, key));
        Assert.NotNull(RealContent.Snapshot.FindArticleByKey(SiteLanguage.English, key));
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void EachArticleHasCompleteFrontMatter(string key)
    {
        foreach (var language in SiteLanguage.All)
        {
            var article = RealContent.Snapshot.FindArticleByKey(language, key)!;
            var meta = article.Metadata;
            Assert.False(string.IsNullOrWhiteSpace(meta.Summary));
            Assert.InRange(meta.Objectives.Count, 2, 5);
            Assert.InRange(meta.Questions.Count, 3, 5);
            Assert.NotEmpty(article.Body.Headings);
            Assert.NotEmpty(article.Body.Citations);
        }
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void EnglishArticlesMeetTheWordCountAndThaiVersionsHaveTheSameSubstance(string key)
    {
        var english = RealContent.Snapshot.FindArticleByKey(SiteLanguage.English, key)!;
        var thai = RealContent.Snapshot.FindArticleByKey(SiteLanguage.Thai, key)!;
        var minimum = key == "about" ? 400 : 900;

        Assert.True(english.WordCount >= minimum, $"{key} (en) has {english.WordCount} words; at least {minimum} are needed.");

        // Thai words (segmented) run close to English counts for the same substance; far fewer
        // means the Thai version is a summary, not a version.
        Assert.True(thai.WordCount >= english.WordCount * 0.6, $"{key} (th) has {thai.WordCount} words against {english.WordCount} in English.");
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void TheTwoLanguageVersionsShareTheirHeadingAnchors(string key)
    {
        var english = RealContent.Snapshot.FindArticleByKey(SiteLanguage.English, key)!.Body.Headings.Where(h => h.Level == 2).Select(h => h.Id);
        var thai = RealContent.Snapshot.FindArticleByKey(SiteLanguage.Thai, key)!.Body.Headings.Where(h => h.Level == 2).Select(h => h.Id);
        Assert.Equal(english, thai);
    }

    [Fact]
    public void EveryParagraphThatStatesADatedFactOrAQuotationCarriesACitation()
    {
        // A paragraph with a year, a number or a quotation states a checkable fact. The About page
        // describes the site itself and is exempt, and so are list items that point to another
        // article (a reading guide describes where the facts are, and those carry the citations).
        var uncited = RealContent.Snapshot.Articles
            .Where(a => a.Key != "about")
            .SelectMany(a => a.Body.Paragraphs.Select(p => (Article: a, Paragraph: p)))
            .Where(x => x.Paragraph.SourceIds.Count == 0 && StatesAFact().IsMatch(x.Paragraph.Text))
            .Where(x => !(x.Paragraph.IsListItem && x.Article.Body.Links.Any(l => l.Kind == ContentLinkKind.Article && l.Line == x.Paragraph.Line)))
            .Select(x => $"{x.Article.Location.File} (body line {x.Paragraph.Line}): \"{x.Paragraph.Text}\"")
            .ToList();

        Assert.True(uncited.Count == 0, "Uncited factual paragraphs:\n" + string.Join('\n', uncited));
    }

    [Fact]
    public void ThePrivateCommentersOfTheSeedPostAreNeverNamed()
    {
        string[] privateNames = ["Monsicha", "Ountrongjit", "Sharky", "Tontrakool", "Chatchaphong", "Thippayaworn", "กัลป์ตินันท์"];
        var files = Directory.EnumerateFiles(RealContent.Root, "*", SearchOption.AllDirectories);
        var hits = files.SelectMany(f => privateNames.Where(n => File.ReadAllText(f).Contains(n, StringComparison.OrdinalIgnoreCase)).Select(n => $"{f}: {n}")).ToList();
        Assert.Empty(hits);
    }

    [GeneratedRegex(@"\b(1[0-9]{3}|20[0-9]{2}|25[0-9]{2})\b|[0-9]+(\.[0-9]+)? ?(million|ล้าน|%)|“[^”]{25,}”|""[^""]{25,}""")]
    private static partial Regex StatesAFact();
}
