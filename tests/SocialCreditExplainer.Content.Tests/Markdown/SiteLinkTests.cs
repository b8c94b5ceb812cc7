using SocialCreditExplainer.Content.Languages;
using SocialCreditExplainer.Content.Markdown;
using SocialCreditExplainer.Content.Tests.Markdown.Support;

namespace SocialCreditExplainer.Content.Tests.Markdown;

/// <summary>Links by id to articles, timeline events, glossary terms and sources.</summary>
public sealed class SiteLinkTests
{
    [Fact]
    public void ThaiGlossaryLinkCarriesTheThaiDefinitionAsATooltip() =>
        Assert.Equal(
            "ระบบ<span class=\"glossary-term\"><a href=\"/th/glossary#hukou\" aria-describedby=\"glossary-tip-1\">ทะเบียนบ้าน</a>"
            + "<span role=\"tooltip\" id=\"glossary-tip-1\" class=\"glossary-tip\">คำนิยามทดสอบภาษาไทย</span></span>ของจีน",
            Spec.Inline("ระบบ[ทะเบียนบ้าน](glossary:hukou)ของจีน"));

    [Fact]
    public void EnglishGlossaryLinkCarriesTheEnglishDefinition() =>
        Assert.Equal(
            "the <span class=\"glossary-term\"><a href=\"/en/glossary#hukou\" aria-describedby=\"glossary-tip-1\">hukou</a>"
            + "<span role=\"tooltip\" id=\"glossary-tip-1\" class=\"glossary-tip\">A test definition in English.</span></span> system",
            Spec.Inline("the [hukou](glossary:hukou) system", SiteLanguage.English));

    [Fact]
    public void ThaiGlossaryLinkKeepsEmphasisInItsText() =>
        Assert.Equal(
            "จีนมี<span class=\"glossary-term\"><a href=\"/th/glossary#hukou\" aria-describedby=\"glossary-tip-1\"><em>ระบบ</em>ทะเบียนบ้าน</a>"
            + "<span role=\"tooltip\" id=\"glossary-tip-1\" class=\"glossary-tip\">คำนิยามทดสอบภาษาไทย</span></span>มานาน",
            Spec.Inline("จีนมี[*ระบบ*ทะเบียนบ้าน](glossary:hukou)มานาน"));

    [Fact]
    public void ThaiReferenceStyleGlossaryLinkWorks() =>
        Assert.Equal(
            "<span class=\"glossary-term\"><a href=\"/th/glossary#hukou\" aria-describedby=\"glossary-tip-1\">ทะเบียนบ้าน</a>"
            + "<span role=\"tooltip\" id=\"glossary-tip-1\" class=\"glossary-tip\">คำนิยามทดสอบภาษาไทย</span></span>ของจีน",
            Spec.Inline("[ทะเบียนบ้าน][ทบ]ของจีน\n\n[ทบ]: glossary:hukou"));

    [Fact]
    public void ThaiGlossaryLinkFollowedByACitationKeepsBoth()
    {
        var inline = Spec.Inline("[ทะเบียนบ้าน](glossary:hukou)[@source-a]ของจีน");

        Assert.StartsWith("<span class=\"glossary-term\"><a href=\"/th/glossary#hukou\"", inline, StringComparison.Ordinal);
        Assert.Contains("คำนิยามทดสอบภาษาไทย</span></span><sup class=\"cite\"><a id=\"cite-ref-1-1\" href=\"#ref-1\"", inline, StringComparison.Ordinal);
        Assert.EndsWith("</sup>ของจีน", inline, StringComparison.Ordinal);
    }

    [Fact]
    public void EachGlossaryLinkGetsItsOwnTooltipId()
    {
        var html = Spec.Html("[ก](glossary:hukou) และ [ข](glossary:hukou)");

        Assert.Contains("id=\"glossary-tip-1\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"glossary-tip-2\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[อ่าน](article:what-is-social-credit)", "<a href=\"/th/articles/what-is-social-credit\">อ่าน</a>")]
    [InlineData("[อ่าน](article:china-social-credit-system)", "<a href=\"/th/articles/china-scs\">อ่าน</a>")]
    [InlineData("[อ่าน](article:china-social-credit-system#pilots)", "<a href=\"/th/articles/china-scs#pilots\">อ่าน</a>")]
    [InlineData("[ไทม์ไลน์](timeline:cn-2014-planning-outline)", "<a href=\"/th/timeline#cn-2014-planning-outline\">ไทม์ไลน์</a>")]
    [InlineData("[แหล่งที่มา](source:source-a)", "<a href=\"/th/sources/source-a\">แหล่งที่มา</a>")]
    [InlineData("[อ่าน](Article:what-is-social-credit \"ชื่อ\")", "<a href=\"/th/articles/what-is-social-credit\" title=\"ชื่อ\">อ่าน</a>")]
    public void SiteLinksBecomeSiteUrlsInTheReadersLanguage(string markdown, string html) =>
        Assert.Equal(html, Spec.Inline(markdown));

    [Fact]
    public void ThaiHeadingFragmentIsPercentEncoded() =>
        Assert.Equal(
            "<a href=\"/th/articles/china-scs#%E0%B8%A3%E0%B8%B0%E0%B8%9A%E0%B8%9A\">ดู</a>",
            Spec.Inline("[ดู](article:china-social-credit-system#ระบบ)"));

    [Fact]
    public void EnglishReadersGetEnglishUrls() =>
        Assert.Equal(
            "<a href=\"/en/articles/china-scs\">read</a>",
            Spec.Inline("[read](article:china-social-credit-system)", SiteLanguage.English));

    [Fact]
    public void ReferenceStyleSiteLinksWork() =>
        Assert.Equal(
            "<a href=\"/th/sources/source-b\">ข่าว</a>",
            Spec.Inline("[ข่าว][ข]\n\n[ข]: source:source-b"));

    [Fact]
    public void EveryLinkIsRecordedWithItsLine()
    {
        var article = Spec.Render(
            "[ก](article:china-social-credit-system#pilots)\n\n- [ข](timeline:cn-2014-planning-outline)\n- [ค](glossary:hukou) [ง](source:nope)");

        Assert.Equal(
            [
                new ContentLink(ContentLinkKind.Article, "china-social-credit-system", "pilots", 1),
                new ContentLink(ContentLinkKind.Timeline, "cn-2014-planning-outline", null, 3),
                new ContentLink(ContentLinkKind.Glossary, "hukou", null, 4),
                new ContentLink(ContentLinkKind.Source, "nope", null, 4),
            ],
            article.Links);
    }

    [Theory]
    [InlineData("[บทความ](article:no-such-article)", "article")]
    [InlineData("[เหตุการณ์](timeline:no-such-event)", "timeline event")]
    [InlineData("[คำ](glossary:no-such-term)", "glossary term")]
    [InlineData("[แหล่ง](source:no-such-source)", "source")]
    [InlineData("[ว่าง](article:)", "article")]
    public void UnknownTargetIsReportedAndShownAsText(string markdown, string noun)
    {
        var article = Spec.Render("ก่อน\n\nข้อความ " + markdown);

        Assert.Matches("^ข้อความ <span class=\"broken-link\">[^<]+</span>$", Spec.Inline("ข้อความ " + markdown));
        var problem = Assert.Single(article.Problems);
        Assert.Equal(3, problem.Line);
        Assert.StartsWith($"Unknown {noun} ", problem.Message, StringComparison.Ordinal);
        Assert.Single(article.Links);
    }

    [Fact]
    public void FragmentOnANonArticleLinkIsReportedAndLeftOut()
    {
        var article = Spec.Render("[คำ](glossary:hukou#more)");

        Assert.Contains("href=\"/th/glossary#hukou\"", article.Html, StringComparison.Ordinal);
        Assert.Contains(article.Problems, p => p.Message.Contains("#fragment", StringComparison.Ordinal));
    }

    [Fact]
    public void ImagesAreNeverSiteLinks()
    {
        var article = Spec.Render("![ภาพ](article:what-is-social-credit)");

        Assert.Empty(article.Links);
        Assert.DoesNotContain("<img", article.Html, StringComparison.Ordinal);
        Assert.Single(article.Problems);
    }

    [Fact]
    public void OrdinaryLinksAreLeftAlone() =>
        Assert.Equal(
            "<a href=\"https://example.org/a?b=1&amp;c=2\">ลิงก์</a> <a href=\"../other\">ลิงก์</a> <a href=\"#section\">ลิงก์</a>",
            Spec.Inline("[ลิงก์](https://example.org/a?b=1&c=2) [ลิงก์](../other) [ลิงก์](#section)"));
}
