using SocialCreditExplainer.Content.Languages;

namespace SocialCreditExplainer.Web.Packing;

/// <summary>The words the offline pack adds in place of pages that need the server, in each language.</summary>
public sealed record PackText
{
    public required string PackName { get; init; }

    public required string SearchTitle { get; init; }

    public required string SearchNeedsOnline { get; init; }

    public required string SearchMeanwhile { get; init; }

    public required string TeachTitle { get; init; }

    public required string TeachNeedsOnline { get; init; }

    public required string HandoutsTitle { get; init; }

    public required string ReadIn { get; init; }

    public static PackText For(SiteLanguage language) => language == SiteLanguage.Thai ? Thai : English;

    public static readonly PackText Thai = new()
    {
        PackName = "ชุดเนื้อหาสำหรับใช้ออฟไลน์",
        SearchTitle = "ค้นหา",
        SearchNeedsOnline = "การค้นหาต้องใช้เว็บไซต์ออนไลน์ ในชุดเนื้อหาสำหรับใช้ออฟไลน์นี้จึงค้นหาไม่ได้",
        SearchMeanwhile = "ระหว่างนี้ เปิดหาได้จากหน้าด้านล่าง หรือใช้คำสั่งค้นหาในหน้าของเบราว์เซอร์ (Ctrl+F หรือ ⌘F)",
        TeachTitle = "สำหรับครู",
        TeachNeedsOnline = "การสร้างรายการอ่านและลิงก์สำหรับแชร์ต้องใช้เว็บไซต์ออนไลน์ ส่วนเอกสารประกอบการสอนของทุกบทความอยู่ในชุดนี้แล้ว พิมพ์บนกระดาษ A4 ได้ทันที",
        HandoutsTitle = "เอกสารประกอบการสอนรายบทความ",
        ReadIn = "อ่านภาษาไทย",
    };

    public static readonly PackText English = new()
    {
        PackName = "Offline classroom pack",
        SearchTitle = "Search",
        SearchNeedsOnline = "Search needs the online site, so it does not work in this offline pack.",
        SearchMeanwhile = "Meanwhile, browse from the pages below, or use your browser's Find in page (Ctrl+F or ⌘F).",
        TeachTitle = "For teachers",
        TeachNeedsOnline = "Building a reading list and its link to share needs the online site. The handouts for every article are in this pack, ready to print on A4.",
        HandoutsTitle = "A handout for every article",
        ReadIn = "Read in English",
    };
}
