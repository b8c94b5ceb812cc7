using SocialCreditExplainer.Content.Articles.Provenance;
using SocialCreditExplainer.Content.Languages;

namespace SocialCreditExplainer.Web.Components.Articles;

/// <summary>
/// The words of "How we know" and of the out-of-date translation notice, in Thai and English.
/// Typed like <see cref="Site.SiteText"/>, so a missing translation is a compile error.
/// </summary>
public sealed record JournalistText
{
    public required string HowWeKnow { get; init; }

    /// <summary>The counts shown beside the title while the section is closed.</summary>
    public required Func<int, int, string> ClaimsAndSources { get; init; }

    public required string HowWeKnowIntro { get; init; }

    public required string SourcesByKind { get; init; }

    public required Func<int, string> SourceCount { get; init; }

    public required string Claims { get; init; }

    public required string CitedOutsideParagraphs { get; init; }

    public required Func<int, string> ReferenceLabel { get; init; }

    public required Func<EvidenceKind, string> KindName { get; init; }

    /// <summary>The notice's opening words, with the full stop English needs and Thai does not use.</summary>
    public required string OutdatedTitle { get; init; }

    /// <summary>The notice's sentence, in the order newer-language prefix, newer date, middle, this date, suffix.</summary>
    public required Func<SiteLanguage, string> OutdatedBefore { get; init; }

    public required string OutdatedMiddle { get; init; }

    public required string OutdatedAfter { get; init; }

    public required Func<SiteLanguage, string> ReadOtherVersion { get; init; }

    public static JournalistText For(SiteLanguage language) => language == SiteLanguage.Thai ? Thai : English;

    public static readonly JournalistText Thai = new()
    {
        HowWeKnow = "เรารู้ได้อย่างไร",
        ClaimsAndSources = (claims, sources) => $"({claims} ประเด็น อ้างอิงแหล่งที่มา {sources} รายการ)",
        HowWeKnowIntro = "แต่ละประเด็นคือย่อหน้าในบทความนี้ที่มีการอ้างอิง กดที่ข้อความเพื่อไปอ่านย่อหน้านั้น หรือกดชื่อแหล่งที่มาเพื่อตรวจสอบด้วยตนเอง "
            + "เอกสารชั้นต้นคือตัวเอกสารหรือบันทึกจริง ส่วนข่าว ความคิดเห็น สารานุกรม และงานวิจัย เป็นการรายงานหรือการตีความอีกทอดหนึ่ง",
        SourcesByKind = "แหล่งที่มาแยกตามประเภท",
        SourceCount = count => $"{count} รายการ",
        Claims = "ประเด็นและแหล่งที่มา",
        CitedOutsideParagraphs = "แหล่งที่มาที่อ้างอิงในตารางหรือข้อความที่ยกมา",
        ReferenceLabel = number => $"แหล่งอ้างอิงลำดับที่ {number}",
        KindName = kind => kind switch
        {
            EvidenceKind.PrimaryDocument => "เอกสารชั้นต้น",
            EvidenceKind.News => "ข่าว",
            EvidenceKind.Opinion => "ความคิดเห็น",
            EvidenceKind.Reference => "สารานุกรม",
            _ => "งานวิจัย",
        },
        OutdatedTitle = "ฉบับนี้อาจไม่เป็นปัจจุบัน",
        OutdatedBefore = newer => $"ฉบับ{LanguageNameInThai(newer)}มีการปรับปรุงเมื่อวันที่ ",
        OutdatedMiddle = " ซึ่งใหม่กว่าฉบับที่คุณกำลังอ่าน (ปรับปรุงล่าสุดเมื่อวันที่ ",
        OutdatedAfter = ") เนื้อหาในหน้านี้จึงอาจยังไม่ได้ปรับตาม",
        ReadOtherVersion = newer => $"อ่านฉบับ{LanguageNameInThai(newer)}",
    };

    public static readonly JournalistText English = new()
    {
        HowWeKnow = "How we know",
        ClaimsAndSources = (claims, sources) =>
            $"({claims} {(claims == 1 ? "claim" : "claims")}, {sources} {(sources == 1 ? "source" : "sources")})",
        HowWeKnowIntro = "Each claim is a paragraph of this article that cites sources. Follow a claim to read it in place, or open a source to check it yourself. "
            + "Primary documents are the records themselves; news, opinion, reference works and research report on them or interpret them.",
        SourcesByKind = "Sources by type",
        SourceCount = count => count == 1 ? "1 source" : $"{count} sources",
        Claims = "Claims and their sources",
        CitedOutsideParagraphs = "Also cited in tables and quotations",
        ReferenceLabel = number => $"Reference {number}",
        KindName = kind => kind switch
        {
            EvidenceKind.PrimaryDocument => "Primary document",
            EvidenceKind.News => "News",
            EvidenceKind.Opinion => "Opinion",
            EvidenceKind.Reference => "Reference",
            _ => "Research",
        },
        OutdatedTitle = "This version may be out of date.",
        OutdatedBefore = newer => $"The {newer.EnglishName} version was updated on ",
        OutdatedMiddle = ", after this one (last updated ",
        OutdatedAfter = "), so this page may not reflect those changes yet.",
        ReadOtherVersion = newer => $"Read the {newer.EnglishName} version",
    };

    static string LanguageNameInThai(SiteLanguage language) => language == SiteLanguage.Thai ? "ภาษาไทย" : "ภาษาอังกฤษ";
}
