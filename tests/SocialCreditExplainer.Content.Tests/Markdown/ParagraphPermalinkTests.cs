using SocialCreditExplainer.Content.Languages;
using SocialCreditExplainer.Content.Tests.Markdown.Support;

namespace SocialCreditExplainer.Content.Tests.Markdown;

/// <summary>
/// Paragraph permalinks: ids from each paragraph's own text, so a link to a claim keeps
/// working when other paragraphs change.
/// </summary>
public sealed class ParagraphPermalinkTests
{
    [Fact]
    public void ThaiParagraphGetsAnIdFromItsTextAndALinkToItself()
    {
        var id = Spec.ParagraphId("ระบบเครดิตสังคมของจีนไม่ได้มีคะแนนเดียวทั้งประเทศ");

        Assert.Equal(
            $"<p id=\"{id}\">ระบบเครดิตสังคมของจีนไม่ได้มีคะแนนเดียวทั้งประเทศ"
            + $"<a class=\"para-link\" href=\"#{id}\" aria-label=\"ลิงก์ไปยังย่อหน้านี้\">¶</a></p>\n",
            Spec.Html("ระบบเครดิตสังคมของจีนไม่ได้มีคะแนนเดียวทั้งประเทศ"));
    }

    [Fact]
    public void EnglishPermalinkHasAnEnglishLabel() =>
        Assert.Contains(
            "aria-label=\"Link to this paragraph\">¶</a></p>",
            Spec.Html("There is no single national score.", SiteLanguage.English),
            StringComparison.Ordinal);

    [Fact]
    public void IdsSurviveEditsToOtherParagraphs()
    {
        var before = Spec.Render("ย่อหน้าแรก\n\nย่อหน้าที่สอง\n\nย่อหน้าที่สาม").Paragraphs;
        var after = Spec.Render("ย่อหน้าใหม่ที่แทรก\n\nย่อหน้าแรก\n\nย่อหน้าที่สอง แก้ไขแล้ว\n\n## หัวข้อใหม่\n\nย่อหน้าที่สาม").Paragraphs;

        Assert.Equal(before[0].Id, after[1].Id);
        Assert.NotEqual(before[1].Id, after[2].Id);
        Assert.Equal(before[2].Id, after[3].Id);
    }

    [Fact]
    public void IdIgnoresCitationsAndLineWrapping()
    {
        var plain = Spec.Render("ข้อเท็จจริง ข้อหนึ่ง").Paragraphs.Single().Id;
        var cited = Spec.Render("ข้อเท็จจริง\nข้อหนึ่ง[@source-a]").Paragraphs.Single().Id;

        Assert.Equal(plain, cited);
        Assert.Equal(Spec.ParagraphId("ข้อเท็จจริง ข้อหนึ่ง"), plain);
    }

    [Fact]
    public void IdenticalParagraphsGetSuffixes()
    {
        var ids = Spec.Render("ซ้ำ\n\nซ้ำ\n\nซ้ำ").Paragraphs.Select(p => p.Id).ToList();
        var id = Spec.ParagraphId("ซ้ำ");

        Assert.Equal([id, id + "-2", id + "-3"], ids);
    }

    [Fact]
    public void ListItemParagraphsGetPermalinksEvenInTightLists()
    {
        var article = Spec.Render("- ข้อแรก\n- ข้อสอง");
        var first = Spec.ParagraphId("ข้อแรก");

        Assert.StartsWith(
            $"<ul>\n<li><p id=\"{first}\">ข้อแรก<a class=\"para-link\" href=\"#{first}\" aria-label=\"ลิงก์ไปยังย่อหน้านี้\">¶</a></p></li>\n",
            article.Html,
            StringComparison.Ordinal);
        Assert.All(article.Paragraphs, p => Assert.True(p.IsListItem));
        Assert.Equal([1, 2], article.Paragraphs.Select(p => p.Line));
    }

    [Fact]
    public void QuotesAndTableCellsHaveNoPermalinks()
    {
        var article = Spec.Render("> คำพูด\n\n| ก |\n|---|\n| ข |");

        Assert.Empty(article.Paragraphs);
        Assert.DoesNotContain("para-link", article.Html, StringComparison.Ordinal);
        Assert.Contains("<blockquote>\n<p>คำพูด</p>\n</blockquote>", article.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void ParagraphsAreListedWithTextSourcesAndLines()
    {
        var paragraphs = Spec.Render("ย่อหน้าแรก[@source-a]\nบรรทัดที่สอง\n\n1. *ข้อ* หนึ่ง[@source-b]").Paragraphs;

        Assert.Equal(2, paragraphs.Count);
        Assert.Equal(("ย่อหน้าแรก บรรทัดที่สอง", 1, false), (paragraphs[0].Text, paragraphs[0].Line, paragraphs[0].IsListItem));
        Assert.Equal(["source-a"], paragraphs[0].SourceIds);
        Assert.Equal(("ข้อ หนึ่ง", 4, true), (paragraphs[1].Text, paragraphs[1].Line, paragraphs[1].IsListItem));
        Assert.Equal(["source-b"], paragraphs[1].SourceIds);
    }

    [Fact]
    public void HeadingIdsAreNotDisturbedByParagraphIds()
    {
        var id = Spec.ParagraphId("ซ้ำ");
        var article = Spec.Render($"## {id}\n\nซ้ำ");

        Assert.Equal(id, article.Headings.Single().Id);
        Assert.Equal(id + "-2", article.Paragraphs.Single().Id);
    }
}
