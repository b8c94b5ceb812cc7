using SocialCreditExplainer.Content.Languages;
using SocialCreditExplainer.Content.Markdown;
using SocialCreditExplainer.Content.Tests.Markdown.Support;

namespace SocialCreditExplainer.Content.Tests.Markdown;

/// <summary>
/// Heading ids. Markdig's auto-identifiers turn a Thai heading into "section" or drop its vowel
/// and tone marks; ours keep every letter, digit and combining mark.
/// </summary>
public sealed class HeadingIdTests
{
    [Fact]
    public void ThaiHeadingGetsItsOwnTextAsId()
    {
        var article = Spec.Render("## ระบบเครดิตสังคมคืออะไร");

        Assert.Equal("<h2 id=\"ระบบเครดิตสังคมคืออะไร\">ระบบเครดิตสังคมคืออะไร</h2>\n", article.Html);
        Assert.Equal([new ArticleHeading(2, "ระบบเครดิตสังคมคืออะไร", "ระบบเครดิตสังคมคืออะไร")], article.Headings);
    }

    [Theory]
    [InlineData("สินเชื่อทางสังคม", "สินเชื่อทางสังคม")]           // vowel and tone marks (Mn) kept
    [InlineData("ระบบเครดิตสังคม ของจีน", "ระบบเครดิตสังคม-ของจีน")] // a space between Thai words becomes '-'
    [InlineData("เครดิต\u200Bสังคม", "เครดิตสังคม")]                  // zero-width space (a word break hint) dropped
    [InlineData("ข้อ ๑: หลักการ", "ข้อ-๑-หลักการ")]                    // Thai digits kept, punctuation dropped
    [InlineData("户口 (hùkǒu)", "户口-hùkǒu")]                        // other scripts and accents kept
    public void ThaiAndOtherScriptsKeepTheirLettersAndMarks(string heading, string id) =>
        Assert.Equal($"<h2 id=\"{id}\">{heading}</h2>\n", Spec.Html("## " + heading));

    [Theory]
    [InlineData("What is a Social Credit System?", "what-is-a-social-credit-system")]
    [InlineData("China's 2014 plan: aims & tools", "chinas-2014-plan-aims-tools")]
    [InlineData("  Rewards --  and   penalties ", "rewards-and-penalties")]
    [InlineData("Planning Outline (2014–2020)", "planning-outline-20142020")]
    public void EnglishIsLowerCasedWithHyphensAndNoPunctuation(string heading, string id) =>
        Assert.Equal(id, Spec.Render("## " + heading, SiteLanguage.English).Headings.Single().Id);

    [Fact]
    public void ExplicitIdWins()
    {
        var article = Spec.Render("## ระบบเครดิตสังคม {#social-credit}");

        Assert.Equal("<h2 id=\"social-credit\">ระบบเครดิตสังคม</h2>\n", article.Html);
        Assert.Equal("ระบบเครดิตสังคม", article.Headings.Single().Text);
    }

    [Fact]
    public void RepeatedHeadingsGetNumberedSuffixes()
    {
        var ids = Spec.Render("## ภูมิหลัง\n\n## ภูมิหลัง\n\n### ภูมิหลัง").Headings.Select(h => h.Id);

        Assert.Equal(["ภูมิหลัง", "ภูมิหลัง-2", "ภูมิหลัง-3"], ids);
    }

    [Fact]
    public void AnExplicitIdAlreadyTakenIsSuffixedAndReported()
    {
        var article = Spec.Render("## Background\n\n## Other {#background}", SiteLanguage.English);

        Assert.Equal(["background", "background-2"], article.Headings.Select(h => h.Id));
        var problem = Assert.Single(article.Problems);
        Assert.Equal(3, problem.Line);
        Assert.Contains("'background'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HeadingWithoutLettersFallsBackToSectionNumber()
    {
        var ids = Spec.Render("## ???\n\n## หัวข้อ\n\n## 🙂 ★").Headings.Select(h => h.Id);

        Assert.Equal(["section-1", "หัวข้อ", "section-3"], ids);
    }

    [Fact]
    public void IdsUsedByCitationsAreNeverGivenToHeadings()
    {
        var ids = Spec.Render("## Ref 1\n\n## Cite tip 1 1", SiteLanguage.English).Headings.Select(h => h.Id);

        Assert.Equal(["ref-1-2", "cite-tip-1-1-2"], ids);
    }

    [Fact]
    public void TableOfContentsListsLevelsTwoToFourInOrder()
    {
        var headings = Spec.Render("# ชื่อบทความ\n\n## ก\n\n### ข\n\n#### ค\n\n##### ง\n\n## จ").Headings;

        Assert.Equal([(2, "ก"), (3, "ข"), (4, "ค"), (2, "จ")], headings.Select(h => (h.Level, h.Text)));
    }

    [Fact]
    public void EveryHeadingLevelGetsAnIdEvenOutsideTheTableOfContents() =>
        Assert.Equal("<h5 id=\"ง\">ง</h5>\n", Spec.Html("##### ง"));

    [Fact]
    public void CitationInHeadingIsLeftOutOfItsIdAndText()
    {
        var article = Spec.Render("## แผนปี 2014[@source-a]");

        Assert.Equal("แผนปี-2014", article.Headings.Single().Id);
        Assert.Equal("แผนปี 2014", article.Headings.Single().Text);
        Assert.StartsWith("<h2 id=\"แผนปี-2014\">แผนปี 2014<sup class=\"cite\">", article.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void HeadingWithInlineMarkupUsesItsText() =>
        Assert.Equal("ระบบ-code-และ-ตัวเน้น", Spec.Render("## ระบบ `code` และ *ตัวเน้น*").Headings.Single().Id);
}
