using SocialCreditExplainer.Content.Languages;

namespace SocialCreditExplainer.Web.Components.Handouts;

/// <summary>The words printed on handouts, in each language.</summary>
public sealed record HandoutText
{
    public required string Handout { get; init; }

    public required string PreparedOn { get; init; }

    public required string PrintHint { get; init; }

    public required string BackToArticle { get; init; }

    public required string BackToList { get; init; }

    public required string Readings { get; init; }

    public required string OnlineAt { get; init; }

    public required string WebAddress { get; init; }

    public required string NoWebAddress { get; init; }

    public required string ArchivedCopy { get; init; }

    public required string Accessed { get; init; }

    public required string NoDate { get; init; }

    public required string ReferencesOfReadings { get; init; }

    public static HandoutText For(SiteLanguage language) => language == SiteLanguage.Thai ? Thai : English;

    public static readonly HandoutText Thai = new()
    {
        Handout = "เอกสารประกอบการสอน",
        PreparedOn = "จัดทำเมื่อ",
        PrintHint = "หน้านี้จัดรูปแบบไว้สำหรับกระดาษ A4 ใช้คำสั่งพิมพ์ของเบราว์เซอร์ (Ctrl+P หรือ ⌘P) เพื่อพิมพ์หรือบันทึกเป็น PDF",
        BackToArticle = "กลับไปที่บทความ",
        BackToList = "กลับไปที่รายการอ่าน",
        Readings = "บทอ่าน",
        OnlineAt = "อ่านออนไลน์",
        WebAddress = "ที่อยู่เว็บ",
        NoWebAddress = "ไม่มีที่อยู่เว็บ",
        ArchivedCopy = "สำเนาเก็บถาวร",
        Accessed = "เข้าถึงเมื่อ",
        NoDate = "ไม่ปรากฏวันที่",
        ReferencesOfReadings = "แหล่งอ้างอิงของบทอ่าน",
    };

    public static readonly HandoutText English = new()
    {
        Handout = "Handout",
        PreparedOn = "Prepared on",
        PrintHint = "This page is laid out for A4 paper. Use your browser's Print command (Ctrl+P or ⌘P) to print it or save it as a PDF.",
        BackToArticle = "Back to the article",
        BackToList = "Back to the reading list",
        Readings = "Readings",
        OnlineAt = "Online",
        WebAddress = "Web address",
        NoWebAddress = "No web address",
        ArchivedCopy = "Archived copy",
        Accessed = "accessed",
        NoDate = "no date",
        ReferencesOfReadings = "References in these readings",
    };
}
