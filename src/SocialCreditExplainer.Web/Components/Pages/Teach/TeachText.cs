using System.Globalization;
using SocialCreditExplainer.Content.Languages;
using SocialCreditExplainer.Content.Teaching;

namespace SocialCreditExplainer.Web.Components.Pages.Teach;

/// <summary>The words of the teachers' pages (builder, list, messages) in each language.</summary>
public sealed record TeachText
{
    public required string NavTeach { get; init; }

    public required string BuilderTitle { get; init; }

    public required string BuilderIntro { get; init; }

    public required string DetailsLegend { get; init; }

    public required string TitleLabel { get; init; }

    public required string TitleHint { get; init; }

    public required string NoteLabel { get; init; }

    public required string NoteHint { get; init; }

    public required string ReadingsLegend { get; init; }

    public required string ReadingsHint { get; init; }

    public required string WholeArticle { get; init; }

    public required Func<int, string> SomeSections { get; init; }

    public required string MakeLink { get; init; }

    public required string CannotMakeLink { get; init; }

    public required string DefaultListTitle { get; init; }

    public required string ShareLink { get; init; }

    public required string ShareHint { get; init; }

    public required string PrintableHandout { get; init; }

    public required string ChangeList { get; init; }

    public required string NewList { get; init; }

    public required string ListInOtherLanguage { get; init; }

    public required Func<int, string> Readings { get; init; }

    public required string FromArticle { get; init; }

    public required string CannotOpenList { get; init; }

    public required string BackToBuilder { get; init; }

    public required string HandoutsTitle { get; init; }

    public required string HandoutsIntro { get; init; }

    public required Func<ReadingListProblem, string> Problem { get; init; }

    public static TeachText For(SiteLanguage language) => language == SiteLanguage.Thai ? Thai : English;

    static string Number(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>The key and heading of an unknown section's detail (<c>key#heading</c>).</summary>
    static (string Key, string Heading) Section(string? detail)
    {
        var item = ReadingListItem.FromFormValue(detail);
        return (item?.ArticleKey ?? string.Empty, item?.HeadingId ?? string.Empty);
    }

    public static readonly TeachText Thai = new()
    {
        NavTeach = "สำหรับครู",
        BuilderTitle = "สร้างรายการอ่าน",
        BuilderIntro = "เลือกบทความทั้งบท หรือเลือกเฉพาะบางหัวข้อ ตั้งชื่อรายการและเขียนหมายเหตุถึงผู้เรียน แล้วกดสร้างลิงก์ "
            + "รายการทั้งหมดจะเก็บอยู่ในตัวลิงก์เอง ไม่ต้องสมัครสมาชิก และเว็บไซต์ไม่บันทึกข้อมูลใด ๆ ไว้",
        DetailsLegend = "รายละเอียดรายการ",
        TitleLabel = "ชื่อรายการ",
        TitleHint = $"ไม่บังคับ ไม่เกิน {ReadingListLimits.MaxTitleLength} ตัวอักษร",
        NoteLabel = "หมายเหตุถึงผู้เรียน",
        NoteHint = $"ไม่บังคับ ไม่เกิน {Number(ReadingListLimits.MaxNoteLength)} ตัวอักษร เช่น กำหนดส่งงานหรือสิ่งที่ควรสังเกตระหว่างอ่าน",
        ReadingsLegend = "เลือกบทความหรือบางหัวข้อ",
        ReadingsHint = $"เลือกได้สูงสุด {ReadingListLimits.MaxItems} รายการ ถ้าเลือกทั้งบทความแล้ว ไม่ต้องเลือกหัวข้อของบทความนั้นอีก",
        WholeArticle = "ทั้งบทความ",
        SomeSections = count => $"หรือเลือกเฉพาะบางหัวข้อ ({count} หัวข้อ)",
        MakeLink = "สร้างลิงก์",
        CannotMakeLink = "ยังสร้างลิงก์ไม่ได้",
        DefaultListTitle = "รายการอ่าน",
        ShareLink = "ลิงก์สำหรับแชร์",
        ShareHint = "คัดลอกลิงก์นี้ไปส่งให้ผู้เรียนได้เลย ลิงก์เก็บรายการทั้งหมดไว้ในตัว",
        PrintableHandout = "เอกสารประกอบการสอน (พิมพ์)",
        ChangeList = "แก้ไขรายการนี้",
        NewList = "สร้างรายการใหม่",
        ListInOtherLanguage = "ดูรายการนี้เป็นภาษาอังกฤษ",
        Readings = count => $"บทอ่าน ({count} รายการ)",
        FromArticle = "จากบทความ",
        CannotOpenList = "เปิดรายการอ่านนี้ไม่ได้",
        BackToBuilder = "กลับไปหน้าสร้างรายการอ่าน",
        HandoutsTitle = "เอกสารประกอบการสอนรายบทความ",
        HandoutsIntro = "ทุกบทความมีเอกสารสำหรับพิมพ์ขนาด A4 พร้อมจุดประสงค์การเรียนรู้ คำถามชวนคิด และแหล่งอ้างอิงที่เขียนที่อยู่เว็บไว้ครบ",
        Problem = problem => problem.Error switch
        {
            ReadingListError.Missing => "ลิงก์นี้ไม่มีรายการอ่านอยู่",
            ReadingListError.NotBase64 => "ลิงก์มีตัวอักษรแปลกปลอมปนอยู่ ลิงก์อาจถูกแก้ไขหรือเสียหายระหว่างคัดลอก",
            ReadingListError.TooLong => "ลิงก์ยาวผิดปกติ เกินกว่าที่รายการอ่านใด ๆ จะยาวได้",
            ReadingListError.Truncated => "ลิงก์ไม่ครบ น่าจะถูกตัดท้ายไประหว่างคัดลอก ลองคัดลอกลิงก์ทั้งหมดมาใหม่อีกครั้ง",
            ReadingListError.UnsupportedVersion => $"รายการนี้สร้างด้วยรูปแบบรุ่นที่ {problem.Detail} ซึ่งเว็บไซต์นี้ยังอ่านไม่ได้",
            ReadingListError.ChecksumMismatch => "ลิงก์ถูกแก้ไขหรือเสียหาย รหัสตรวจสอบไม่ตรงกับข้อมูลในลิงก์",
            ReadingListError.Malformed => "ลิงก์มีรูปแบบถูกต้อง แต่อ่านข้อมูลข้างในไม่ได้",
            ReadingListError.TitleTooLong => $"ชื่อรายการยาว {problem.Detail} ตัวอักษร เกินกำหนด {ReadingListLimits.MaxTitleLength} ตัวอักษร",
            ReadingListError.NoteTooLong => $"หมายเหตุยาว {problem.Detail} ตัวอักษร เกินกำหนด {Number(ReadingListLimits.MaxNoteLength)} ตัวอักษร",
            ReadingListError.NoItems => "ยังไม่ได้เลือกบทความหรือหัวข้อใดเลย",
            ReadingListError.TooManyItems => $"เลือกไว้ {problem.Detail} รายการ เกินกำหนด {ReadingListLimits.MaxItems} รายการ",
            ReadingListError.UnknownArticle => $"ไม่พบบทความ “{problem.Detail}” ในเว็บไซต์ภาษาไทย บทความอาจถูกย้ายหรือลบไปแล้ว",
            ReadingListError.UnknownSection => $"ไม่พบหัวข้อ “{Section(problem.Detail).Heading}” ในบทความ “{Section(problem.Detail).Key}” หัวข้ออาจถูกเปลี่ยนชื่อหรือลบไปแล้ว",
            _ => "รายการอ่านนี้ใช้ไม่ได้",
        },
    };

    public static readonly TeachText English = new()
    {
        NavTeach = "For teachers",
        BuilderTitle = "Build a reading list",
        BuilderIntro = "Pick whole articles or only some of their sections, give the list a title and a note for your class, "
            + "and make the link. The whole list travels in the link: no account is needed and the site stores nothing.",
        DetailsLegend = "About the list",
        TitleLabel = "Title",
        TitleHint = $"Optional, up to {ReadingListLimits.MaxTitleLength} characters",
        NoteLabel = "Note for your class",
        NoteHint = $"Optional, up to {Number(ReadingListLimits.MaxNoteLength)} characters: a due date, or what to look out for while reading",
        ReadingsLegend = "Choose articles or sections",
        ReadingsHint = $"Up to {ReadingListLimits.MaxItems} readings. A whole article already covers all of its sections.",
        WholeArticle = "The whole article",
        SomeSections = count => count == 1 ? "Or only its section" : $"Or only some of its {count} sections",
        MakeLink = "Make the link",
        CannotMakeLink = "The link could not be made",
        DefaultListTitle = "Reading list",
        ShareLink = "Link to share",
        ShareHint = "Copy this link and send it to your class. Everything in the list is in the link.",
        PrintableHandout = "Printable handout",
        ChangeList = "Change this list",
        NewList = "Start a new list",
        ListInOtherLanguage = "This list in Thai",
        Readings = count => count == 1 ? "1 reading" : $"{count} readings",
        FromArticle = "From",
        CannotOpenList = "This reading list cannot be opened",
        BackToBuilder = "Back to the reading-list builder",
        HandoutsTitle = "A handout for every article",
        HandoutsIntro = "Every article has an A4 handout to print, with learning objectives, discussion questions and its references with their web addresses written out.",
        Problem = problem => problem.Error switch
        {
            ReadingListError.Missing => "This link has no reading list in it.",
            ReadingListError.NotBase64 => "The link contains characters a reading list never has: it was changed or damaged when it was copied.",
            ReadingListError.TooLong => "The link is longer than any reading list can be.",
            ReadingListError.Truncated => "The link is incomplete: it was probably cut off when it was copied. Copy the whole link again.",
            ReadingListError.UnsupportedVersion => $"This list was made in format version {problem.Detail}, which this site cannot read.",
            ReadingListError.ChecksumMismatch => "The link was changed or damaged: its checksum does not match what it holds.",
            ReadingListError.Malformed => "The link looks right, but what it holds cannot be read.",
            ReadingListError.TitleTooLong => $"The title is {problem.Detail} characters long; the most is {ReadingListLimits.MaxTitleLength}.",
            ReadingListError.NoteTooLong => $"The note is {problem.Detail} characters long; the most is {Number(ReadingListLimits.MaxNoteLength)}.",
            ReadingListError.NoItems => "No article or section is chosen yet.",
            ReadingListError.TooManyItems => $"{problem.Detail} readings are chosen; the most is {ReadingListLimits.MaxItems}.",
            ReadingListError.UnknownArticle => $"There is no article “{problem.Detail}” on the English site; it may have been moved or removed.",
            ReadingListError.UnknownSection => $"The article “{Section(problem.Detail).Key}” has no section “{Section(problem.Detail).Heading}”; it may have been renamed or removed.",
            _ => "This reading list cannot be used.",
        },
    };
}
