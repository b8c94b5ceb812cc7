using SocialCreditExplainer.Content.Languages;
using SocialCreditExplainer.Content.Markdown;
using SocialCreditExplainer.Content.Tests.Markdown.Support;

namespace SocialCreditExplainer.Content.Tests.Markdown;

/// <summary>
/// Markdown cannot inject script: raw HTML is escaped, dangerous URLs are dropped (text kept)
/// and reported, and generic attributes are limited to a safe list.
/// </summary>
public sealed class MarkupSafetyTests
{
    /// <summary>Hostile input, each of which must render without anything executable.</summary>
    public static TheoryData<string> HostileMarkdown =>
    [
        "ข้อความ<script>alert(1)</script>ต่อ",
        "<script>alert(1)</script>",
        "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
        "<img src=x onerror=alert(1)>",
        "ข้อความ <img src=x onerror=alert(1)> ต่อ",
        "<svg onload=alert(1)>",
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        "<iframe srcdoc=\"<script>alert(1)</script>\">",
        "<!-- <script>alert(1)</script> -->",
        "ข้อความ <!-- comment --> ต่อ",
        "<div onclick=\"alert(1)\">\n\n*markdown*\n\n</div>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<style>body{display:none}</style>",
        "<details open ontoggle=alert(1)>",
        "<object data=\"data:text/html,<script>alert(1)</script>\"></object>",
        "[x](javascript:alert(1))",
        "[x](JavaScript:alert(1))",
        "[x]( javascript:alert(1) )",
        "[x](<javascript:alert(1)>)",
        "[x](java&#09;script:alert(1))",
        "[x](java&#x09;script:alert(1))",
        "[x](jav&#x0A;ascript:alert(1))",
        "[x](&#106;avascript:alert(1))",
        "[x](&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;:alert(1))",
        "[x](javascript&colon;alert(1))",
        "[x](java\u200Bscript:alert(1))",
        "[x](\u0001javascript:alert(1))",
        "[x](vbscript:msgbox(1))",
        "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "[x](DATA:text/html,<script>alert(1)</script>)",
        "[x](javascript:alert(1) \"title\")",
        "[x][evil]\n\n[evil]: javascript:alert(1)",
        "![x](javascript:alert(1))",
        "![x](data:image/svg+xml,<svg onload=alert(1)>)",
        "![x\"onerror=\"alert(1)](https://example.org/a.png)",
        "[x](https://example.org/\"onmouseover=\"alert(1))",
        "[x](https://example.org \"a\\\" onmouseover=\\\"alert(1)\")",
        "<javascript:alert(1)>",
        "<vbscript:msgbox(1)>",
        "<data:text/html,alert(1)>",
        "## หัวข้อ {onclick=alert(1)}",
        "## หัวข้อ {style=\"background:url(javascript:alert(1))\"}",
        "[x](https://example.org){onmouseover=alert(1)}",
        "[x](https://example.org){href=javascript:alert(1)}",
        "```js {onclick=alert(1)}\ncode\n```",
        "```\"><script>alert(1)</script>\ncode\n```",
        "`<script>alert(1)</script>`",
        "    <script>alert(1)</script>",
        "| <script>x</script> | [x](javascript:alert(1)) |\n|---|---|\n| <img src=x onerror=alert(1)> | y |",
        "- <script>alert(1)</script>\n- [x](javascript:alert(1))",
        "> <script>alert(1)</script>",
        "[ข้อความ](glossary:hukou){onclick=alert(1)}",
        "&lt;script&gt;alert(1)&lt;/script&gt;",
        "&#60;script&#62;alert(1)&#60;/script&#62;",
    ];

    [Theory]
    [MemberData(nameof(HostileMarkdown))]
    public void HostileMarkdownNeverProducesExecutableMarkup(string markdown)
    {
        HtmlSafetyOracle.AssertSafe(Spec.Html(markdown));
        HtmlSafetyOracle.AssertSafe(Spec.Html(markdown, SiteLanguage.English));
    }

    [Theory]
    [MemberData(nameof(HostileMarkdown))]
    public void HostileMarkdownIsSafeEvenThroughAPlainMarkdigRender(string markdown) =>
        HtmlSafetyOracle.AssertSafe(Markdig.Markdown.ToHtml(markdown, Spec.Renderer.Pipeline));

    [Fact]
    public void RawHtmlInThaiTextIsEscapedWithoutSpacesAdded() =>
        Assert.Equal(
            "ข้อความ&lt;script&gt;alert(1)&lt;/script&gt;ต่อ",
            Spec.Inline("ข้อความ<script>alert(1)</script>ต่อ"));

    [Fact]
    public void RawHtmlBlockIsEscapedAsText() =>
        Assert.Equal("&lt;iframe src=&quot;https://example.org&quot;&gt;&lt;/iframe&gt;", Spec.Inline("<iframe src=\"https://example.org\"></iframe>"));

    [Fact]
    public void HtmlCommentIsShownAsTextNotHidden() =>
        Assert.Equal("ก &lt;!-- ซ่อน --&gt; ข", Spec.Inline("ก <!-- ซ่อน --> ข"));

    [Theory]
    [InlineData("[คลิก](javascript:alert(1))", "คลิก", "javascript:")]
    [InlineData("[คลิก](java&#09;script:alert(1))", "คลิก", "javascript:")]
    [InlineData("[คลิก](&#x6A;avascript:alert(1))", "คลิก", "javascript:")]
    [InlineData("[คลิก](VBScript:msgbox(1))", "คลิก", "vbscript:")]
    [InlineData("[คลิก](data:text/html,hi)", "คลิก", "data:")]
    [InlineData("[คลิก](file:///etc/passwd)", "คลิก", "file:")]
    [InlineData("![ภาพ](data:image/png;base64,AAAA)", "ภาพ", "data:")]
    [InlineData("![ภาพ](javascript:alert(1))", "ภาพ", "javascript:")]
    [InlineData("<javascript:alert(1)>", "javascript:alert(1)", "javascript:")]
    public void DangerousLinkKeepsItsTextAndIsReported(string markdown, string text, string scheme)
    {
        var article = Spec.Render("ก่อน\n\n" + markdown);

        Assert.Equal(text, Spec.Inline(markdown));
        var problem = Assert.Single(article.Problems);
        Assert.Equal(3, problem.Line);
        Assert.Contains($"'{scheme}'", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[ก](https://example.org)", "<a href=\"https://example.org\">ก</a>")]
    [InlineData("[ก](HTTP://example.org)", "<a href=\"HTTP://example.org\">ก</a>")]
    [InlineData("[ก](mailto:someone@example.org)", "<a href=\"mailto:someone@example.org\">ก</a>")]
    [InlineData("<https://example.org>", "<a href=\"https://example.org\">https://example.org</a>")]
    [InlineData("<someone@example.org>", "<a href=\"mailto:someone@example.org\">someone@example.org</a>")]
    [InlineData("![ภาพ](images/map.png)", "<img src=\"images/map.png\" alt=\"ภาพ\" />")]
    [InlineData("[ก](relative/page?x=1:2)", "<a href=\"relative/page?x=1:2\">ก</a>")]
    public void SafeLinksAndImagesAreKept(string markdown, string html)
    {
        Assert.Equal(html, Spec.Inline(markdown));
        Assert.Empty(Spec.Render(markdown).Problems);
    }

    [Fact]
    public void DisallowedAttributesAreRemovedAndReported()
    {
        var article = Spec.Render("ก่อน\n\n## หัวข้อ {#topic .note onclick=alert(1) lang=th}");

        Assert.Equal("<h2 id=\"topic\" class=\"note\" lang=\"th\">หัวข้อ</h2>", article.Html.Split('\n')[1]);
        var problem = Assert.Single(article.Problems);
        Assert.Equal(3, problem.Line);
        Assert.Contains("'onclick'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IdsOutsideHeadingsAreRemovedSoHeadingIdsStayUnique()
    {
        var article = Spec.Render("## หัวข้อ\n\n[ลิงก์](https://example.org){#หัวข้อ}");

        Assert.Equal(1, article.Html.Split("id=\"หัวข้อ\"").Length - 1);
        Assert.Contains(article.Problems, p => p.Message.StartsWith("Only headings take an {#id}", StringComparison.Ordinal));
    }

    [Fact]
    public void LanguageAttributeIsKeptForForeignWords() =>
        Assert.Equal("คำว่า <em lang=\"zh\">信用</em>", Spec.Inline("คำว่า *信用*{lang=zh}"));
}
