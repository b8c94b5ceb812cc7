using SocialCreditExplainer.Content.Comparison;
using SocialCreditExplainer.Content.Languages;

namespace SocialCreditExplainer.Web.Components.Pages.Compare;

/// <summary>The comparison page's own words (and the home page's link to it), in each language.</summary>
public sealed record CompareText
{
    public required string Title { get; init; }

    public required string Lead { get; init; }

    public required string HowToRead { get; init; }

    public required string Caption { get; init; }

    public required string Dimension { get; init; }

    public required string China { get; init; }

    public required string Thailand { get; init; }

    public required string NotKnown { get; init; }

    public required string Unverified { get; init; }

    /// <summary>Before the link to the comparison article.</summary>
    public required string ReadTheArticle { get; init; }

    public required string CalloutBody { get; init; }

    public required string CalloutLink { get; init; }

    /// <summary>The label shown for a cell's status; null for a known fact, which needs none.</summary>
    public string? StatusLabel(CellStatus status) => status switch
    {
        CellStatus.NotKnown => NotKnown,
        CellStatus.Unverified => Unverified,
        _ => null,
    };

    public static CompareText For(SiteLanguage language) => language == SiteLanguage.Thai ? Thai : English;

    public static readonly CompareText Thai = new()
    {
        Title = "เปรียบเทียบไทยกับจีน",
        Lead = "ระบบเครดิตสังคมของจีนกับข้อเสนอเครดิตสังคมของไทย เทียบกันทีละประเด็น ทุกช่องมีแหล่งอ้างอิงกำกับ",
        HowToRead = "ชี้ แตะ หรือกด Tab ไปที่ตัวเลขในวงเล็บเหลี่ยมเพื่อดูแหล่งที่มา ช่องที่แหล่งข้อมูลยังให้คำตอบไม่ได้จะมีป้าย “ไม่ทราบ” หรือ “มีรายงานแต่ยังไม่ยืนยัน” กำกับไว้",
        Caption = "ระบบเครดิตสังคมของจีนและของไทย แยกตามประเด็น",
        Dimension = "ประเด็น",
        China = "จีน",
        Thailand = "ไทย",
        NotKnown = "ไม่ทราบ",
        Unverified = "มีรายงานแต่ยังไม่ยืนยัน",
        ReadTheArticle = "อ่านคำอธิบายฉบับเต็มได้ในบทความ",
        CalloutBody = "ใครเป็นผู้ดำเนินการ ใช้ข้อมูลอะไร มีบทลงโทษหรือไม่ ดูคำตอบของทั้งสองประเทศเทียบกันทีละประเด็น พร้อมแหล่งอ้างอิงทุกช่อง",
        CalloutLink = "ดูตารางเปรียบเทียบ",
    };

    public static readonly CompareText English = new()
    {
        Title = "Thailand and China compared",
        Lead = "China's Social Credit System and Thailand's social credit proposal, side by side, one dimension at a time. Every cell is cited.",
        HowToRead = "Point at, tap or tab to a number in square brackets to see its source. Cells our sources cannot settle are marked “Not known” or “Reported but unverified”.",
        Caption = "China's and Thailand's social credit schemes, by dimension",
        Dimension = "Dimension",
        China = "China",
        Thailand = "Thailand",
        NotKnown = "Not known",
        Unverified = "Reported but unverified",
        ReadTheArticle = "For the full discussion, read",
        CalloutBody = "Who runs it, what data it uses, whether there are penalties: both countries side by side, with every cell cited.",
        CalloutLink = "See the comparison",
    };
}
