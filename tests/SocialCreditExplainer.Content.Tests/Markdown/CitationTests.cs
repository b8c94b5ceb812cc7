using SocialCreditExplainer.Content.Languages;
using SocialCreditExplainer.Content.Markdown;
using SocialCreditExplainer.Content.Tests.Markdown.Support;

namespace SocialCreditExplainer.Content.Tests.Markdown;

/// <summary>Pandoc-style citation markers, numbered per article, with a tooltip per source.</summary>
public sealed class CitationTests
{
    [Fact]
    public void ThaiTextStaysGluedToTheMarkerOnBothSides()
    {
        var html = Spec.Inline("ศูนย์คุณธรรมลงนาม MOU กับสำนักงาน ป.ย.ป.[@source-a]ต่อมา");

        Assert.Equal(
            "ศูนย์คุณธรรมลงนาม MOU กับสำนักงาน ป.ย.ป."
            + "<sup class=\"cite\">"
            + "<a id=\"cite-ref-1-1\" href=\"#ref-1\" class=\"cite-link\" aria-label=\"แหล่งที่มา 1: ชื่อแหล่งที่มา ก\" aria-describedby=\"cite-tip-1-1\">[1]</a>"
            + "<span role=\"tooltip\" id=\"cite-tip-1-1\" class=\"cite-tip\">"
            + "<span class=\"cite-tip-title\">ชื่อแหล่งที่มา ก</span>"
            + " <span class=\"cite-tip-meta\">Publisher A, 14 มิถุนายน 2557</span>"
            + " <span class=\"cite-tip-quote\" lang=\"en\">“An exact excerpt from source A”</span>"
            + "</span></sup>"
            + "ต่อมา",
            html);
    }

    [Fact]
    public void EnglishMarkerWithLocator()
    {
        var html = Spec.Inline("China published the outline [@source-a, p. 4].", SiteLanguage.English);

        Assert.Equal(
            "China published the outline "
            + "<sup class=\"cite\">"
            + "<a id=\"cite-ref-1-1\" href=\"#ref-1\" class=\"cite-link\" aria-label=\"Source 1: Source A title\" aria-describedby=\"cite-tip-1-1\">[1]</a>"
            + "<span role=\"tooltip\" id=\"cite-tip-1-1\" class=\"cite-tip\">"
            + "<span class=\"cite-tip-title\">Source A title</span>"
            + " <span class=\"cite-tip-meta\">Publisher A, 14 June 2014, p. 4</span>"
            + " <span class=\"cite-tip-quote\">“An exact excerpt from source A”</span>"
            + "</span></sup>.",
            html);
    }

    [Fact]
    public void SourcesAreNumberedByFirstCitationAndKeepTheirNumber()
    {
        var article = Spec.Render("ก[@source-b] ข[@source-a]\n\nค[@source-b]");

        Assert.Equal(
            [
                new CitedSource(1, "source-b", ["cite-ref-1-1", "cite-ref-1-2"]),
                new CitedSource(2, "source-a", ["cite-ref-2-1"]),
            ],
            article.Citations,
            CitedSourceComparer.Instance);
        Assert.Contains("<a id=\"cite-ref-1-2\" href=\"#ref-1\"", article.Html, StringComparison.Ordinal);
        Assert.Contains(">[1]</a>", article.Html, StringComparison.Ordinal);
        Assert.Contains(">[2]</a>", article.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void NumberingFollowsReadingOrderThroughHeadingsListsQuotesAndTables()
    {
        const string markdown = """
            ## หัวข้อ[@source-c]

            - รายการ[@source-b]

            > "คำพูด" [@source-a]

            | ก | ข |
            |---|---|
            | ค[@long-excerpt] | ง[@source-c] |
            """;

        var citations = Spec.Render(markdown).Citations;

        Assert.Equal(["source-c", "source-b", "source-a", "long-excerpt"], citations.Select(c => c.SourceId));
        Assert.Equal([1, 2, 3, 4], citations.Select(c => c.Number));
        Assert.Equal(["cite-ref-1-1", "cite-ref-1-2"], citations[0].MarkerIds);
    }

    [Fact]
    public void OneMarkerCanCiteSeveralSourcesEachWithItsOwnLocator()
    {
        var html = Spec.Inline("ข้อความ[@source-a, p. 4; @source-b, ch. 2]", SiteLanguage.English);

        Assert.StartsWith("ข้อความ<sup class=\"cite\"><a id=\"cite-ref-1-1\" href=\"#ref-1\"", html, StringComparison.Ordinal);
        Assert.Contains("</span><a id=\"cite-ref-2-1\" href=\"#ref-2\"", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"cite-tip-meta\">Publisher A, 14 June 2014, p. 4</span>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"cite-tip-meta\">สำนักข่าว ข, 2018, ch. 2</span>", html, StringComparison.Ordinal);
        Assert.Equal(1, CountOf(html, "<sup"));
        Assert.EndsWith("</span></sup>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[@source-a]")]
    [InlineData("[@source-a , p. 4]")]
    [InlineData("[ @source-a ; @source-b ]")]
    [InlineData("[@source-a,\np. 4;\n@source-b]")]
    public void WhitespaceAndLineBreaksInsideMarkersAreAllowed(string marker) =>
        Assert.Contains("<sup class=\"cite\">", Spec.Html("ข้อความ" + marker), StringComparison.Ordinal);

    [Fact]
    public void LocatorWhitespaceIsCollapsed() =>
        Assert.Contains(
            "Publisher A, 14 June 2014, pp. 4–5</span>",
            Spec.Html("Text [@source-a,   pp.\n4–5]", SiteLanguage.English),
            StringComparison.Ordinal);

    [Fact]
    public void ThaiReadersSeeYearsInTheBuddhistEra()
    {
        Assert.Contains("สำนักข่าว ข, พ.ศ. 2561</span>", Spec.Html("ข้อความ[@source-b]"), StringComparison.Ordinal);
        Assert.Contains("สำนักข่าว ข, 2018</span>", Spec.Html("Text [@source-b]", SiteLanguage.English), StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownPublicationDateIsSaidInTheReadersLanguage()
    {
        Assert.Contains("Publisher C, ไม่ปรากฏวันที่</span>", Spec.Html("ข้อความ[@source-c]"), StringComparison.Ordinal);
        Assert.Contains("Publisher C, n.d.</span>", Spec.Html("Text [@source-c]", SiteLanguage.English), StringComparison.Ordinal);
    }

    [Fact]
    public void TitleAndExcerptInAnotherLanguageAreMarkedWithIt()
    {
        var thai = Spec.Html("ข้อความ[@source-c]");

        // No Thai title: the Chinese original is shown, marked lang="zh" for fonts and screen readers.
        Assert.Contains("aria-label=\"แหล่งที่มา 1: 来源丙\"", thai, StringComparison.Ordinal);
        Assert.Contains("<span class=\"cite-tip-title\" lang=\"zh\">来源丙</span>", thai, StringComparison.Ordinal);
        Assert.Contains("<span class=\"cite-tip-quote\" lang=\"zh\">“中文摘录”</span>", thai, StringComparison.Ordinal);

        var english = Spec.Html("Text [@source-c]", SiteLanguage.English);
        Assert.Contains("<span class=\"cite-tip-title\">Source C</span>", english, StringComparison.Ordinal);
    }

    [Fact]
    public void LongExcerptIsCutBetweenWholeThaiCharacters()
    {
        var html = Spec.Html("ข้อความ[@long-excerpt]");

        // 280 characters allowed; "ที่" is three (consonant, vowel, tone mark), so 93 whole ones fit.
        var expected = "“" + string.Concat(Enumerable.Repeat("ที่", 93)) + "…”";
        Assert.Contains(expected, html, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownIdRendersAQuestionMarkAndIsReportedWithItsLine()
    {
        var article = Spec.Render("บรรทัดแรก\n\nข้อความ[@no-such-source]ต่อ\nบรรทัดถัดไป [@source-a; @also-missing]");

        Assert.Contains("ข้อความ<sup class=\"cite cite-missing\">[?]</sup>ต่อ", article.Html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"cite-missing\">[?]</span></sup>", article.Html, StringComparison.Ordinal);
        Assert.Equal(
            [(3, "no-such-source"), (4, "also-missing")],
            article.Problems.Select(p => (p.Line, p.Message.Split('\'')[1])));
        Assert.Equal(["source-a"], article.Citations.Select(c => c.SourceId));
    }

    [Theory]
    [InlineData("[see @source-a]", "[see @source-a]")]
    [InlineData("[someone@example.com]", "[someone@example.com]")]
    [InlineData("\\[@source-a]", "[@source-a]")]
    [InlineData("[@]", "[@]")]
    [InlineData("[@source-a, p. [4]]", "[@source-a, p. [4]]")]
    [InlineData("`[@source-a]`", "<code>[@source-a]</code>")]
    public void TextThatIsNotAMarkerStaysText(string markdown, string html) =>
        Assert.Equal(html, Spec.Inline(markdown));

    [Fact]
    public void MarkerFollowedByParenthesesIsStillACitation()
    {
        var html = Spec.Inline("ข้อความ[@source-a](ดูเพิ่มเติม)");

        Assert.StartsWith("ข้อความ<sup class=\"cite\">", html, StringComparison.Ordinal);
        Assert.EndsWith("</sup>(ดูเพิ่มเติม)", html, StringComparison.Ordinal);
    }

    [Fact]
    public void EmphasisAroundAMarkerStillWorks() =>
        Assert.StartsWith("<em>ข้อความ<sup class=\"cite\">", Spec.Inline("*ข้อความ[@source-a]*"), StringComparison.Ordinal);

    [Fact]
    public void ParagraphsListTheSourcesTheyCiteOnce()
    {
        var paragraphs = Spec.Render("ก[@source-b] ข[@source-a; @source-b] ค[@missing]\n\nไม่มีการอ้างอิง").Paragraphs;

        Assert.Equal(["source-b", "source-a"], paragraphs[0].SourceIds);
        Assert.Equal("ก ข ค", paragraphs[0].Text);
        Assert.Empty(paragraphs[1].SourceIds);
    }

    [Fact]
    public void CitationInsideALinkIsReported()
    {
        var article = Spec.Render("[ลิงก์[@source-a]](https://example.org)");

        Assert.Contains(article.Problems, p => p.Message.Contains("link inside a link", StringComparison.Ordinal));
    }

    static int CountOf(string text, string value) => text.Split(value).Length - 1;

    sealed class CitedSourceComparer : IEqualityComparer<CitedSource>
    {
        public static readonly CitedSourceComparer Instance = new();

        public bool Equals(CitedSource? x, CitedSource? y) =>
            x is not null && y is not null && x.Number == y.Number && x.SourceId == y.SourceId
            && x.MarkerIds.SequenceEqual(y.MarkerIds);

        public int GetHashCode(CitedSource obj) => obj.Number;
    }
}
