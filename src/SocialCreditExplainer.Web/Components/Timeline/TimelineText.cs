using System.Globalization;
using SocialCreditExplainer.Content;
using SocialCreditExplainer.Content.Dates;
using SocialCreditExplainer.Content.Languages;
using SocialCreditExplainer.Content.Timelines;

namespace SocialCreditExplainer.Web.Components.Timeline;

/// <summary>
/// The timeline page's own words in each language, typed so that a missing translation is a
/// compile error. Content (titles, summaries, notes) comes from <c>content/timelines</c>.
/// </summary>
public sealed record TimelineText
{
    public required SiteLanguage Language { get; init; }

    public required string Title { get; init; }

    public required string Intro { get; init; }

    public required string DownloadData { get; init; }

    public required string DownloadCsv { get; init; }

    public required string DownloadJson { get; init; }

    public required string FiltersTitle { get; init; }

    public required string CountryLegend { get; init; }

    public required string BothCountries { get; init; }

    public required string ThemeLegend { get; init; }

    public required string ThemeHint { get; init; }

    public required string PeriodLegend { get; init; }

    public required string AnyPeriod { get; init; }

    public required string FromYear { get; init; }

    public required string ToYear { get; init; }

    public required string YearHint { get; init; }

    public required string Apply { get; init; }

    public required string ClearFilters { get; init; }

    public required string EventsTitle { get; init; }

    public required Func<int, int, string> Showing { get; init; }

    public required string NoMatches { get; init; }

    public required string InvalidQuery { get; init; }

    public required string ShowingAllInstead { get; init; }

    public required Func<TimelineQueryProblem, string> Problem { get; init; }

    public required string Uncertain { get; init; }

    public required string SourcesDisagree { get; init; }

    public required string AccordingTo { get; init; }

    public required string Themes { get; init; }

    public required string RelatedArticles { get; init; }

    public required string Permalink { get; init; }

    public required Func<string, string> PermalinkLabel { get; init; }

    public required Func<Country, string> CountryName { get; init; }

    public required Func<TimelineTheme, string> ThemeName { get; init; }

    /// <summary>A period preset's label: years in the reader's era.</summary>
    public string PeriodLabel(int? from, int? to)
    {
        var thai = Language == SiteLanguage.Thai;
        string Year(int year) => thai
            ? BuddhistEra.FromHistoricalYear(year).ToString(CultureInfo.InvariantCulture)
            : ReaderDateFormatter.Year(year, Language);
        return (from, to) switch
        {
            (null, { } end) => thai ? $"ก่อน พ.ศ. {Year(end + 1)}" : $"Before {Year(end + 1)}",
            ({ } start, null) => thai ? $"ตั้งแต่ พ.ศ. {Year(start)}" : $"{Year(start)} onwards",
            ({ } start, { } end) => thai ? $"พ.ศ. {Year(start)}–{Year(end)}" : $"{Year(start)}–{Year(end)}",
            _ => AnyPeriod,
        };
    }

    public static TimelineText For(SiteLanguage language) => language == SiteLanguage.Thai ? Thai : English;

    public static readonly TimelineText Thai = new()
    {
        Language = SiteLanguage.Thai,
        Title = "ลำดับเหตุการณ์",
        Intro = "เหตุการณ์สำคัญของระบบเครดิตสังคมของจีนและแนวคิดเครดิตสังคมของไทย เรียงตามลำดับเวลา ระบุวันที่ละเอียดเท่าที่ทราบแน่ชัด และทุกเหตุการณ์มีแหล่งอ้างอิง",
        DownloadData = "ดาวน์โหลดข้อมูล",
        DownloadCsv = "CSV (เปิดด้วย Excel ได้)",
        DownloadJson = "JSON",
        FiltersTitle = "กรองเหตุการณ์",
        CountryLegend = "ประเทศ",
        BothCountries = "ทั้งสองประเทศ",
        ThemeLegend = "ประเด็น",
        ThemeHint = "หากไม่เลือกประเด็นใด จะแสดงทุกประเด็น",
        PeriodLegend = "ช่วงเวลา",
        AnyPeriod = "ทุกช่วงเวลา",
        FromYear = "ตั้งแต่ปี พ.ศ.",
        ToYear = "ถึงปี พ.ศ.",
        YearHint = "พิมพ์ปีพุทธศักราช เช่น 2557",
        Apply = "แสดงผล",
        ClearFilters = "ล้างตัวกรอง",
        EventsTitle = "เหตุการณ์",
        Showing = (shown, total) => shown == total ? $"แสดงทั้งหมด {total} เหตุการณ์" : $"แสดง {shown} จาก {total} เหตุการณ์",
        NoMatches = "ไม่มีเหตุการณ์ที่ตรงกับตัวกรองนี้ ลองเลือกช่วงเวลาหรือประเด็นให้กว้างขึ้น",
        InvalidQuery = "ใช้ตัวกรองนี้ไม่ได้",
        ShowingAllInstead = "จึงแสดงเหตุการณ์ทั้งหมดแทน",
        Problem = problem => problem.Kind switch
        {
            TimelineQueryProblemKind.UnknownCountry => $"ไม่มีประเทศ “{problem.Value}” ในลำดับเหตุการณ์ เลือกได้เฉพาะจีนหรือไทย",
            TimelineQueryProblemKind.UnknownTheme => $"ไม่มีประเด็น “{problem.Value}” ในลำดับเหตุการณ์",
            TimelineQueryProblemKind.MalformedYear => $"{(problem.Parameter == "to" ? "ปีสิ้นสุด" : "ปีเริ่มต้น")} “{problem.Value}” ไม่ถูกต้อง กรุณาพิมพ์ปีเป็นตัวเลข เช่น 2557",
            TimelineQueryProblemKind.FromAfterTo => "ปีเริ่มต้นอยู่หลังปีสิ้นสุด กรุณาสลับหรือแก้ไขปี",
            _ => $"ไม่รู้จักค่า “{problem.Value}”",
        },
        Uncertain = "ไม่แน่ชัด",
        SourcesDisagree = "แหล่งข้อมูลไม่ตรงกัน",
        AccordingTo = "ตามข้อมูลจาก",
        Themes = "ประเด็น",
        RelatedArticles = "บทความที่เกี่ยวข้อง",
        Permalink = "ลิงก์ถาวร",
        PermalinkLabel = title => $"ลิงก์ถาวร: {title}",
        CountryName = country => country switch
        {
            Country.China => "จีน",
            Country.Thailand => "ไทย",
            Country.International => "นานาชาติ",
            _ => throw new ArgumentOutOfRangeException(nameof(country)),
        },
        ThemeName = theme => theme switch
        {
            TimelineTheme.LawPolicy => "กฎหมายและนโยบาย",
            TimelineTheme.Pilots => "โครงการนำร่อง",
            TimelineTheme.CourtsBlacklists => "ศาลและบัญชีดำ",
            TimelineTheme.PrivateScores => "คะแนนของเอกชน",
            TimelineTheme.ParliamentPolitics => "รัฐสภาและการเมือง",
            TimelineTheme.PublicDebate => "การถกเถียงสาธารณะ",
            _ => throw new ArgumentOutOfRangeException(nameof(theme)),
        },
    };

    public static readonly TimelineText English = new()
    {
        Language = SiteLanguage.English,
        Title = "Timeline",
        Intro = "Key events in China's Social Credit System and Thailand's social credit proposal, in date order. Every event is dated as precisely as it is known, and cited.",
        DownloadData = "Download the data",
        DownloadCsv = "CSV (opens in Excel)",
        DownloadJson = "JSON",
        FiltersTitle = "Filter events",
        CountryLegend = "Country",
        BothCountries = "Both countries",
        ThemeLegend = "Theme",
        ThemeHint = "Tick none to see every theme.",
        PeriodLegend = "Period",
        AnyPeriod = "Any time",
        FromYear = "From year",
        ToYear = "To year",
        YearHint = "Years CE; use a minus sign for BCE, e.g. -356.",
        Apply = "Show events",
        ClearFilters = "Clear filters",
        EventsTitle = "Events",
        Showing = (shown, total) => shown == total ? $"Showing all {total} events" : $"Showing {shown} of {total} events",
        NoMatches = "No events match these filters. Try a wider period or another theme.",
        InvalidQuery = "These filters could not be used",
        ShowingAllInstead = "Showing all events instead.",
        Problem = problem => problem.Kind switch
        {
            TimelineQueryProblemKind.UnknownCountry => $"There is no country “{problem.Value}” on the timeline: choose China or Thailand.",
            TimelineQueryProblemKind.UnknownTheme => $"There is no theme “{problem.Value}” on the timeline.",
            TimelineQueryProblemKind.MalformedYear => $"The {(problem.Parameter == "to" ? "“to”" : "“from”")} year “{problem.Value}” is not a year: type a whole year such as 2014, or -356 for 356 BCE (there is no year 0).",
            TimelineQueryProblemKind.FromAfterTo => "The “from” year is after the “to” year.",
            _ => $"“{problem.Value}” is not a value this page understands.",
        },
        Uncertain = "Uncertain",
        SourcesDisagree = "Sources disagree",
        AccordingTo = "according to",
        Themes = "Themes",
        RelatedArticles = "Related articles",
        Permalink = "Permalink",
        PermalinkLabel = title => $"Permalink: {title}",
        CountryName = country => country switch
        {
            Country.China => "China",
            Country.Thailand => "Thailand",
            Country.International => "International",
            _ => throw new ArgumentOutOfRangeException(nameof(country)),
        },
        ThemeName = theme => theme switch
        {
            TimelineTheme.LawPolicy => "Law and policy",
            TimelineTheme.Pilots => "Pilots",
            TimelineTheme.CourtsBlacklists => "Courts and blacklists",
            TimelineTheme.PrivateScores => "Private scores",
            TimelineTheme.ParliamentPolitics => "Parliament and politics",
            TimelineTheme.PublicDebate => "Public debate",
            _ => throw new ArgumentOutOfRangeException(nameof(theme)),
        },
    };
}
