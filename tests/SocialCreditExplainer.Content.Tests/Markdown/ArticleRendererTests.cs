using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using SocialCreditExplainer.Content.Languages;
using SocialCreditExplainer.Content.Markdown;
using SocialCreditExplainer.Content.Tests.Markdown.Support;

namespace SocialCreditExplainer.Content.Tests.Markdown;

/// <summary>The renderer as a whole: Thai text rules, front matter, sections, tables, concurrency.</summary>
public sealed class ArticleRendererTests
{
    // CommonMark lets '*' open and close emphasis inside a word, but not '_'. Thai has no spaces
    // between words, so Thai authors must use * and ** (docs/content-authoring.md says so).
    [Fact]
    public void AsteriskEmphasisWorksInsideThaiWords() =>
        Assert.Equal(
            "ระบบ<em>เครดิต</em>สังคม และ ระบบ<strong>เครดิต</strong>สังคม",
            Spec.Inline("ระบบ*เครดิต*สังคม และ ระบบ**เครดิต**สังคม"));

    [Fact]
    public void UnderscoreEmphasisDoesNotWorkInsideThaiWords() =>
        Assert.Equal("ระบบ_เครดิต_สังคม ระบบ__เครดิต__สังคม", Spec.Inline("ระบบ_เครดิต_สังคม ระบบ__เครดิต__สังคม"));

    [Fact]
    public void EmphasisAroundWordsWithToneMarksWorks() =>
        Assert.Equal("กิ<em>น้ำ</em>ใต้<em>ศอก</em>", Spec.Inline("กิ*น้ำ*ใต้*ศอก*"));

    [Fact]
    public void StrikethroughIsAvailableForCorrections() =>
        Assert.Equal("<del>ผิด</del> ถูก", Spec.Inline("~~ผิด~~ ถูก"));

    [Fact]
    public void SingleTildeIsJustText() =>
        Assert.Equal("ประมาณ ~100 ถึง ~200", Spec.Inline("ประมาณ ~100 ถึง ~200"));

    [Fact]
    public void PipelineReadsFrontMatterAndLeavesItOutOfTheHtml()
    {
        const string file = "---\ntitle: ทดสอบ\nsummary: สรุป\n\nlevel: introductory\n---\n\n## หัวข้อ\n\nข้อความ[@nope]\n";
        var document = Markdig.Markdown.Parse(file, Spec.Renderer.Pipeline);

        var article = Spec.Renderer.Render(document, TestContent.Context(SiteLanguage.Thai));

        Assert.NotNull(document.Descendants<YamlFrontMatterBlock>().SingleOrDefault());
        Assert.StartsWith("<h2 id=\"หัวข้อ\">", article.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("title", article.Html, StringComparison.Ordinal);

        // Body lines count from the line after the closing '---': "ข้อความ" is line 4 of the body.
        Assert.Equal(4, Assert.Single(article.Problems).Line);
        Assert.Equal(4, article.Paragraphs.Single().Line);
    }

    [Fact]
    public void SameDocumentRendersTheSameTwice()
    {
        var document = Markdig.Markdown.Parse("## ก\n\nข[@source-a] [ค](glossary:hukou)", Spec.Renderer.Pipeline);
        var context = TestContent.Context(SiteLanguage.Thai);

        var first = Spec.Renderer.Render(document, context);
        var second = Spec.Renderer.Render(document, context);

        Assert.Equal(first.Html, second.Html);
        Assert.Equal(first.Citations.Single().MarkerIds, second.Citations.Single().MarkerIds);
    }

    [Fact]
    public void SectionsHoldTheTextUnderEachHeading()
    {
        var article = Spec.Render(
            "บทนำ[@source-a]\n\n## ส่วนแรก\n\nข้อความ *หนึ่ง*\n\n- รายการ\n\n***\n\n[อ้างอิง]: https://example.org\n\n### ย่อย\n\n```\nโค้ด\n```\n\n## ส่วนสอง");

        Assert.Equal(
            [
                new ArticleSection(null, null, "บทนำ"),
                new ArticleSection("ส่วนแรก", "ส่วนแรก", "ข้อความ หนึ่ง\nรายการ"),
                new ArticleSection("ย่อย", "ย่อย", "โค้ด"),
                new ArticleSection("ส่วนสอง", "ส่วนสอง", string.Empty),
            ],
            article.Sections);
        Assert.Equal("บทนำ\nส่วนแรก\nข้อความ หนึ่ง\nรายการ\nย่อย\nโค้ด\nส่วนสอง", article.PlainText);
    }

    [Fact]
    public void TablesGetAClassAndAlignmentClassesInsteadOfInlineStyles()
    {
        var html = Spec.Html("| ประเทศ | ปี |\n|:---|---:|\n| จีน | 2014 |");

        Assert.StartsWith("<table class=\"table\">", html, StringComparison.Ordinal);
        Assert.Contains("<th class=\"align-left\">ประเทศ</th>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"align-right\">2014</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("style=", html, StringComparison.Ordinal);
    }

    [Fact]
    public void EmptyBodyRendersNothing()
    {
        var article = Spec.Render(string.Empty);

        Assert.Equal(string.Empty, article.Html);
        Assert.Empty(article.Sections);
        Assert.Empty(article.Problems);
        Assert.Equal(string.Empty, article.PlainText);
    }

    [Fact]
    public void PlainMarkdigRenderWithThePipelineIsSafeButUnresolved()
    {
        var html = Markdig.Markdown.ToHtml("## ก\n\nข้อ[@source-a] [ค](glossary:hukou)", Spec.Renderer.Pipeline);

        Assert.Equal("<h2>ก</h2>\n<p>ข้อ<sup class=\"cite cite-missing\">[?]</sup> <span class=\"broken-link\">ค</span></p>\n", html);
    }

    [Fact]
    public void ConcurrentRendersGiveIdenticalOutput()
    {
        const string markdown = """
            ## ระบบเครดิตสังคม

            ข้อความ[@source-b] และ[@source-a, p. 4; @source-c] อีก[@source-b] [คำ](glossary:hukou) [ต่อ](article:china-social-credit-system#ก)

            - รายการ[@nope]
            - [ไทม์ไลน์](timeline:cn-2014-planning-outline)

            ## ระบบเครดิตสังคม

            ซ้ำ

            ซ้ำ
            """;
        var shared = Markdig.Markdown.Parse(markdown, Spec.Renderer.Pipeline);
        var expected = Describe(Spec.Render(markdown));

        var results = new string[64];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
            results[i] = i % 2 == 0
                ? Describe(Spec.Render(markdown))
                : Describe(Spec.Renderer.Render(shared, TestContent.Context(SiteLanguage.Thai))));

        Assert.All(results, result => Assert.Equal(expected, result));
    }

    [Fact]
    public void ThaiAndEnglishRendersOfOneDocumentCanRunSideBySide()
    {
        var shared = Markdig.Markdown.Parse("ข้อความ[@source-a]", Spec.Renderer.Pipeline);

        var results = new RenderedArticle[16];
        Parallel.For(0, results.Length, i =>
            results[i] = Spec.Renderer.Render(shared, TestContent.Context(i % 2 == 0 ? SiteLanguage.Thai : SiteLanguage.English)));

        Assert.All(results.Where((_, i) => i % 2 == 0), r => Assert.Contains("แหล่งที่มา 1", r.Html, StringComparison.Ordinal));
        Assert.All(results.Where((_, i) => i % 2 == 1), r => Assert.Contains("Source 1", r.Html, StringComparison.Ordinal));
    }

    static string Describe(RenderedArticle article) =>
        string.Join(
            "\n---\n",
            article.Html,
            string.Join(";", article.Headings),
            string.Join(";", article.Citations.Select(c => $"{c.Number}:{c.SourceId}:{string.Join(",", c.MarkerIds)}")),
            string.Join(";", article.Links),
            string.Join(";", article.Paragraphs.Select(p => $"{p.Id}|{p.Text}|{string.Join(",", p.SourceIds)}|{p.Line}|{p.IsListItem}")),
            string.Join(";", article.Sections),
            string.Join(";", article.Problems),
            article.PlainText);
}
