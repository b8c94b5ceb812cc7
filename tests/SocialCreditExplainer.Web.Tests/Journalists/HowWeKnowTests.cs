using AngleSharp.Dom;
using SocialCreditExplainer.Content;
using SocialCreditExplainer.Content.Articles;
using SocialCreditExplainer.Content.Languages;
using SocialCreditExplainer.Content.Sources;
using SocialCreditExplainer.Web.Tests.Support;

namespace SocialCreditExplainer.Web.Tests.Journalists;

/// <summary>"How we know" on the real articles: claims that lead to real paragraphs, sources labelled by kind.</summary>
public sealed class HowWeKnowTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    /// <summary>The labels a reader should see, written out here rather than read from the code under test.</summary>
    static readonly Dictionary<SourceType, (string English, string Thai)> KindLabels = new()
    {
        [SourceType.GovernmentDocument] = ("Primary document", "เอกสารชั้นต้น"),
        [SourceType.Law] = ("Primary document", "เอกสารชั้นต้น"),
        [SourceType.ParliamentaryRecord] = ("Primary document", "เอกสารชั้นต้น"),
        [SourceType.News] = ("News", "ข่าว"),
        [SourceType.Opinion] = ("Opinion", "ความคิดเห็น"),
        [SourceType.Blog] = ("Opinion", "ความคิดเห็น"),
        [SourceType.Encyclopedia] = ("Reference", "สารานุกรม"),
        [SourceType.Academic] = ("Research", "งานวิจัย"),
        [SourceType.ThinkTank] = ("Research", "งานวิจัย"),
    };

    [Fact]
    public async Task TheEnglishSummaryCountsClaimsAndSourcesAndStartsClosed()
    {
        var snapshot = PageHtml.Snapshot(site);
        var article = snapshot.FindArticle(SiteLanguage.English, "what-is-social-credit")!;
        using var client = site.CreateClient();

        var page = await PageHtml.GetAsync(client, SiteUrls.Article(SiteLanguage.English, article.Slug));

        var details = page.QuerySelector("article details.how-we-know")!;
        Assert.False(details.HasAttribute("open"));
        var summary = Normalize(details.QuerySelector("summary")!.TextContent);
        Assert.Equal($"How we know ({CitedParagraphs(article, snapshot)} claims, {article.Body.Citations.Count} sources)", summary);
        Assert.Equal("How we know", details.QuerySelector("summary h2")!.TextContent);
    }

    [Fact]
    public async Task TheThaiSummaryIsInThai()
    {
        var snapshot = PageHtml.Snapshot(site);
        var article = snapshot.FindArticle(SiteLanguage.Thai, "what-is-social-credit")!;
        using var client = site.CreateClient();

        var page = await PageHtml.GetAsync(client, SiteUrls.Article(SiteLanguage.Thai, article.Slug));

        var summary = Normalize(page.QuerySelector("details.how-we-know summary")!.TextContent);
        Assert.Equal($"เรารู้ได้อย่างไร ({CitedParagraphs(article, snapshot)} ประเด็น อ้างอิงแหล่งที่มา {article.Body.Citations.Count} รายการ)", summary);
    }

    [Fact]
    public async Task EveryClaimOnEveryArticleLinksToAParagraphPermalinkOnThatPage()
    {
        var snapshot = PageHtml.Snapshot(site);
        using var client = site.CreateClient();

        foreach (var article in snapshot.Articles)
        {
            var page = await PageHtml.GetAsync(client, SiteUrls.Article(article.Language, article.Slug));
            var claims = page.QuerySelectorAll("details.how-we-know .hwk-claims > li .hwk-excerpt a");

            Assert.Equal(CitedParagraphs(article, snapshot), claims.Length);
            foreach (var claim in claims)
            {
                var id = claim.GetAttribute("href")![1..];
                var paragraph = page.GetElementById(id);
                Assert.True(paragraph is not null, $"{article.Location}: claim links to #{id}, which is not on the page");
                Assert.Equal("P", paragraph.TagName);
                Assert.NotNull(paragraph.Closest(".article-body"));
                Assert.NotNull(paragraph.QuerySelector($"a.para-link[href='#{id}']"));
                Assert.StartsWith(claim.TextContent.TrimEnd('…'), article.Body.Paragraphs.Single(p => p.Id == id).Text, StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [InlineData("en")]
    [InlineData("th")]
    public async Task EverySourceIsLabelledWithItsKindInTheReadersLanguage(string code)
    {
        var language = SiteLanguage.FromCode(code)!;
        var snapshot = PageHtml.Snapshot(site);
        using var client = site.CreateClient();
        var labelled = 0;

        foreach (var article in snapshot.ArticlesIn(language))
        {
            var page = await PageHtml.GetAsync(client, SiteUrls.Article(language, article.Slug));
            foreach (var item in page.QuerySelectorAll("details.how-we-know .hwk-sources > li"))
            {
                var source = SourceLinkedFrom(item, language, snapshot);
                var expected = language == SiteLanguage.Thai ? KindLabels[source.Type].Thai : KindLabels[source.Type].English;
                Assert.Equal(expected, item.QuerySelector(".hwk-kind")!.TextContent);
                var number = article.Body.Citations.Single(c => c.SourceId == source.Id).Number;
                Assert.Equal($"#ref-{number}", item.QuerySelector("a.hwk-ref")!.GetAttribute("href"));
                Assert.NotNull(page.GetElementById($"ref-{number}"));
                labelled++;
            }
        }

        Assert.True(labelled > 0);
    }

    [Fact]
    public async Task SourcesCitedOnlyInTheComparisonTableAreStillListed()
    {
        var snapshot = PageHtml.Snapshot(site);
        var article = snapshot.FindArticle(SiteLanguage.English, "thailand-vs-china")!;
        var inParagraphs = article.Body.Paragraphs.SelectMany(p => p.SourceIds).ToHashSet(StringComparer.Ordinal);
        var onlyInTables = article.Body.Citations.Select(c => c.SourceId).Where(id => !inParagraphs.Contains(id)).ToList();
        using var client = site.CreateClient();

        var page = await PageHtml.GetAsync(client, SiteUrls.Article(SiteLanguage.English, article.Slug));

        var listed = page.QuerySelectorAll("details.how-we-know > .hwk-sources > li")
            .Select(li => SourceLinkedFrom(li, SiteLanguage.English, snapshot).Id)
            .ToList();
        Assert.Equal(onlyInTables, listed);
    }

    static Source SourceLinkedFrom(IElement item, SiteLanguage language, ContentSnapshot snapshot)
    {
        var prefix = SiteUrls.Sources(language) + "/";
        var href = item.QuerySelectorAll("a").Select(a => a.GetAttribute("href")!).Single(h => h.StartsWith(prefix, StringComparison.Ordinal));
        return snapshot.FindSource(Uri.UnescapeDataString(href[prefix.Length..]))!;
    }

    static int CitedParagraphs(Article article, ContentSnapshot snapshot) =>
        article.Body.Paragraphs.Count(p => p.SourceIds.Any(id => snapshot.FindSource(id) is not null));

    static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
