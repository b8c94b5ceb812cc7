using SocialCreditExplainer.Content;
using SocialCreditExplainer.Content.Dates;
using SocialCreditExplainer.Content.Languages;
using SocialCreditExplainer.Content.Sources;

namespace SocialCreditExplainer.Web.Components.Sources;

/// <summary>
/// The words of the source pages and of "Cite this page", in Thai and English. Typed like
/// <see cref="Site.SiteText"/>, so a missing translation is a compile error.
/// </summary>
public sealed record SourcesText
{
    public required string SourcesTitle { get; init; }

    public required string SourcesIntro { get; init; }

    public required string FilterTitle { get; init; }

    public required string CountryLabel { get; init; }

    public required string SourceLanguageLabel { get; init; }

    public required string AnyCountry { get; init; }

    public required string AnyLanguage { get; init; }

    public required string ApplyFilter { get; init; }

    public required string ClearFilter { get; init; }

    public required string ByCountry { get; init; }

    public required string ByLanguage { get; init; }

    public required Func<int, int, string> Showing { get; init; }

    public required string NoMatches { get; init; }

    public required string FilterIgnored { get; init; }

    public required string NoDate { get; init; }

    public required string AllSources { get; init; }

    public required string RecordTitle { get; init; }

    public required string Type { get; init; }

    public required string OriginalTitle { get; init; }

    public required string EnglishTitle { get; init; }

    public required string ThaiTitle { get; init; }

    public required string Authors { get; init; }

    public required string NoAuthors { get; init; }

    public required string Publisher { get; init; }

    public required string Published { get; init; }

    public required string Address { get; init; }

    public required string NoAddress { get; init; }

    public required string ArchivedCopy { get; init; }

    public required string Accessed { get; init; }

    public required string Language { get; init; }

    public required string Country { get; init; }

    public required string Reliability { get; init; }

    public required string Wikipedia { get; init; }

    public required string WikipediaArticle { get; init; }

    public required string WikipediaRevision { get; init; }

    public required string Parliament { get; init; }

    public required string Chamber { get; init; }

    public required string Sitting { get; init; }

    public required string SittingDate { get; init; }

    public required string Speaker { get; init; }

    public required string AgendaItem { get; init; }

    public required string WhatIsNotKnown { get; init; }

    public required string NotKnown { get; init; }

    /// <summary>Said on Thai pages, whose catalogue notes are written in English; empty in English.</summary>
    public required string NotesInEnglish { get; init; }

    public required string Excerpts { get; init; }

    public required string ExcerptLocation { get; init; }

    public required string CitedIn { get; init; }

    public required string NotCited { get; init; }

    public required string CiteThisPage { get; init; }

    public required string CiteThisSource { get; init; }

    public required string CiteSourceNote { get; init; }

    public required string CiteStylesNote { get; init; }

    public required string PermanentLink { get; init; }

    public required string DateAccessed { get; init; }

    public required string Downloads { get; init; }

    public required Func<string, string, string> Download { get; init; }

    public required Func<SourceType, string> TypeName { get; init; }

    public required Func<SourceType, string> TypeHeading { get; init; }

    public required Func<Country, string> CountryName { get; init; }

    public required Func<CitingKind, string> KindHeading { get; init; }

    public required Func<DatePrecision, string> Precision { get; init; }

    public required IReadOnlyDictionary<string, string> LanguageNames { get; init; }

    /// <summary>A source language's name in the reader's language; the code itself when we have no name for it.</summary>
    public string LanguageName(string code) => LanguageNames.GetValueOrDefault(code, code);

    public static SourcesText For(SiteLanguage language) => language == SiteLanguage.Thai ? Thai : English;

    public static readonly SourcesText Thai = new()
    {
        SourcesTitle = "แหล่งที่มา",
        SourcesIntro = "แหล่งที่มาทุกรายการที่บทความ ลำดับเหตุการณ์ อภิธานศัพท์ และตารางเปรียบเทียบอ้างถึง แต่ละรายการมีข้อมูลบรรณานุกรม ข้อความที่ยกมา และรายการหน้าที่อ้างถึง",
        FilterTitle = "กรองแหล่งที่มา",
        CountryLabel = "ประเทศ",
        SourceLanguageLabel = "ภาษาของแหล่งที่มา",
        AnyCountry = "ทุกประเทศ",
        AnyLanguage = "ทุกภาษา",
        ApplyFilter = "แสดงผล",
        ClearFilter = "ล้างตัวกรอง",
        ByCountry = "เลือกตามประเทศ",
        ByLanguage = "เลือกตามภาษา",
        Showing = (shown, total) => $"แสดง {shown} จาก {total} รายการ",
        NoMatches = "ไม่พบแหล่งที่มาที่ตรงกับตัวกรองนี้",
        FilterIgnored = "ตัวกรองบางค่าไม่ถูกต้อง จึงไม่ได้นำมาใช้",
        NoDate = "ไม่ปรากฏวันที่",
        AllSources = "แหล่งที่มาทั้งหมด",
        RecordTitle = "ข้อมูลบรรณานุกรม",
        Type = "ประเภท",
        OriginalTitle = "ชื่อตามต้นฉบับ",
        EnglishTitle = "ชื่อภาษาอังกฤษ",
        ThaiTitle = "ชื่อภาษาไทย",
        Authors = "ผู้เขียน",
        NoAuthors = "ไม่ระบุชื่อผู้เขียน",
        Publisher = "ผู้เผยแพร่",
        Published = "วันที่เผยแพร่",
        Address = "ลิงก์ต้นฉบับ",
        NoAddress = "ไม่มีลิงก์",
        ArchivedCopy = "สำเนาที่เก็บถาวร",
        Accessed = "วันที่เข้าถึง",
        Language = "ภาษา",
        Country = "ประเทศ",
        Reliability = "หมายเหตุเรื่องความน่าเชื่อถือ",
        Wikipedia = "วิกิพีเดีย",
        WikipediaArticle = "ชื่อบทความ",
        WikipediaRevision = "ลิงก์ถาวรของฉบับแก้ไข",
        Parliament = "บันทึกการประชุมสภา",
        Chamber = "สภา",
        Sitting = "การประชุม",
        SittingDate = "วันที่ประชุม",
        Speaker = "ผู้อภิปราย",
        AgendaItem = "ระเบียบวาระ",
        WhatIsNotKnown = "สิ่งที่ยังไม่ทราบ",
        NotKnown = "ไม่ทราบ",
        NotesInEnglish = "หมายเหตุและตำแหน่งของข้อความที่ยกมาในบันทึกนี้เขียนเป็นภาษาอังกฤษ",
        Excerpts = "ข้อความที่ยกมา",
        ExcerptLocation = "ตำแหน่งในแหล่งที่มา",
        CitedIn = "ถูกอ้างถึงใน",
        NotCited = "ยังไม่มีหน้าใดในเว็บไซต์นี้อ้างถึงแหล่งที่มานี้",
        CiteThisPage = "อ้างอิงหน้านี้",
        CiteThisSource = "อ้างอิงแหล่งที่มานี้",
        CiteSourceNote = "รายการอ้างอิงด้านล่างอ้างถึงแหล่งที่มาต้นฉบับโดยตรง ส่วนวันที่เข้าถึงคือวันที่ทีมงานเปิดอ่านแหล่งนี้",
        CiteStylesNote = "รายการอ้างอิงเขียนเป็นภาษาอังกฤษตามข้อกำหนดของแต่ละรูปแบบ คัดลอกไปใช้ได้ทันที",
        PermanentLink = "ลิงก์ถาวร",
        DateAccessed = "วันที่เข้าถึง",
        Downloads = "ดาวน์โหลดไปใช้กับโปรแกรมจัดการบรรณานุกรม",
        Download = (format, extension) => $"ดาวน์โหลดไฟล์ {format} (.{extension})",
        TypeName = type => type switch
        {
            SourceType.Encyclopedia => "สารานุกรม",
            SourceType.GovernmentDocument => "เอกสารของรัฐ",
            SourceType.Law => "กฎหมาย",
            SourceType.ParliamentaryRecord => "บันทึกการประชุมสภา",
            SourceType.News => "ข่าว",
            SourceType.Opinion => "บทความแสดงความคิดเห็น",
            SourceType.Academic => "งานวิชาการ",
            SourceType.ThinkTank => "สถาบันวิจัยนโยบาย",
            _ => "บล็อก",
        },
        TypeHeading = type => type switch
        {
            SourceType.Encyclopedia => "สารานุกรม",
            SourceType.GovernmentDocument => "เอกสารของรัฐ",
            SourceType.Law => "กฎหมาย",
            SourceType.ParliamentaryRecord => "บันทึกการประชุมสภา",
            SourceType.News => "ข่าว",
            SourceType.Opinion => "บทความแสดงความคิดเห็น",
            SourceType.Academic => "งานวิชาการ",
            SourceType.ThinkTank => "สถาบันวิจัยนโยบาย",
            _ => "บล็อก",
        },
        CountryName = country => country switch
        {
            Content.Country.China => "จีน",
            Content.Country.Thailand => "ไทย",
            _ => "ระหว่างประเทศ",
        },
        KindHeading = kind => kind switch
        {
            CitingKind.ArticleParagraph => "บทความ",
            CitingKind.TimelineEvent => "ลำดับเหตุการณ์",
            CitingKind.GlossaryTerm => "อภิธานศัพท์",
            _ => "ตารางเปรียบเทียบ",
        },
        Precision = precision => precision switch
        {
            DatePrecision.Day => "ทราบวันที่แน่นอน",
            DatePrecision.Month => "ทราบเพียงเดือนและปี",
            DatePrecision.Year => "ทราบเพียงปี",
            _ => "ทราบเพียงช่วงทศวรรษ",
        },
        LanguageNames = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["th"] = "ภาษาไทย",
            ["en"] = "ภาษาอังกฤษ",
            ["zh"] = "ภาษาจีน",
            ["id"] = "ภาษาอินโดนีเซีย",
        },
    };

    public static readonly SourcesText English = new()
    {
        SourcesTitle = "Sources",
        SourcesIntro = "Every source the articles, timeline, glossary and comparison cite, each with its full record, its excerpts and the pages that cite it.",
        FilterTitle = "Filter sources",
        CountryLabel = "Country",
        SourceLanguageLabel = "Language of the source",
        AnyCountry = "All countries",
        AnyLanguage = "All languages",
        ApplyFilter = "Show",
        ClearFilter = "Clear filters",
        ByCountry = "By country",
        ByLanguage = "By language",
        Showing = (shown, total) => $"Showing {shown} of {total} sources",
        NoMatches = "No sources match these filters.",
        FilterIgnored = "Some filter values were not recognised and were ignored.",
        NoDate = "n.d.",
        AllSources = "All sources",
        RecordTitle = "Bibliographic record",
        Type = "Type",
        OriginalTitle = "Original title",
        EnglishTitle = "English title",
        ThaiTitle = "Thai title",
        Authors = "Authors",
        NoAuthors = "No author named",
        Publisher = "Publisher",
        Published = "Published",
        Address = "Address",
        NoAddress = "No address",
        ArchivedCopy = "Archived copy",
        Accessed = "Date accessed",
        Language = "Language",
        Country = "Country",
        Reliability = "Reliability note",
        Wikipedia = "Wikipedia",
        WikipediaArticle = "Article",
        WikipediaRevision = "Revision permalink",
        Parliament = "Parliamentary record",
        Chamber = "Chamber",
        Sitting = "Sitting",
        SittingDate = "Date of sitting",
        Speaker = "Speaker",
        AgendaItem = "Agenda item",
        WhatIsNotKnown = "What is not known",
        NotKnown = "not known",
        NotesInEnglish = string.Empty,
        Excerpts = "Excerpts",
        ExcerptLocation = "Where in the source",
        CitedIn = "Cited in",
        NotCited = "No page on this site cites this source yet.",
        CiteThisPage = "Cite this page",
        CiteThisSource = "Cite this source",
        CiteSourceNote = "These references cite the original source; the date accessed is the day we read it.",
        CiteStylesNote = "Copy the reference in the style you need.",
        PermanentLink = "Permanent link",
        DateAccessed = "Date accessed",
        Downloads = "Download for a reference manager",
        Download = (format, extension) => $"Download {format} (.{extension})",
        TypeName = type => type switch
        {
            SourceType.Encyclopedia => "Encyclopedia",
            SourceType.GovernmentDocument => "Government document",
            SourceType.Law => "Law",
            SourceType.ParliamentaryRecord => "Parliamentary record",
            SourceType.News => "News",
            SourceType.Opinion => "Opinion",
            SourceType.Academic => "Academic",
            SourceType.ThinkTank => "Think tank",
            _ => "Blog",
        },
        TypeHeading = type => type switch
        {
            SourceType.Encyclopedia => "Encyclopedias",
            SourceType.GovernmentDocument => "Government documents",
            SourceType.Law => "Laws",
            SourceType.ParliamentaryRecord => "Parliamentary records",
            SourceType.News => "News",
            SourceType.Opinion => "Opinion",
            SourceType.Academic => "Academic work",
            SourceType.ThinkTank => "Think tanks",
            _ => "Blogs",
        },
        CountryName = country => country switch
        {
            Content.Country.China => "China",
            Content.Country.Thailand => "Thailand",
            _ => "International",
        },
        KindHeading = kind => kind switch
        {
            CitingKind.ArticleParagraph => "Articles",
            CitingKind.TimelineEvent => "Timeline events",
            CitingKind.GlossaryTerm => "Glossary terms",
            _ => "Comparison",
        },
        Precision = precision => precision switch
        {
            DatePrecision.Day => "known to the day",
            DatePrecision.Month => "known to the month",
            DatePrecision.Year => "known to the year",
            _ => "known to the decade",
        },
        LanguageNames = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["th"] = "Thai",
            ["en"] = "English",
            ["zh"] = "Chinese",
            ["id"] = "Indonesian",
        },
    };
}
