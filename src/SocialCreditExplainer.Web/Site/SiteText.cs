using SocialCreditExplainer.Content.Articles;
using SocialCreditExplainer.Content.Languages;

namespace SocialCreditExplainer.Web.Site;

/// <summary>
/// The site's own words (menus, labels, messages) in each language. Content lives in
/// <c>content/</c>; only interface chrome lives here, kept in one typed place so a missing
/// translation is a compile error rather than an English word on a Thai page.
/// </summary>
public sealed record SiteText
{
    public required string SiteName { get; init; }

    public required string Tagline { get; init; }

    public required string SkipToContent { get; init; }

    public required string NavHome { get; init; }

    public required string NavArticles { get; init; }

    public required string NavTimeline { get; init; }

    public required string NavCompare { get; init; }

    public required string NavSources { get; init; }

    public required string NavGlossary { get; init; }

    public required string NavSearch { get; init; }

    public required string NavAbout { get; init; }

    public required string MainNavigation { get; init; }

    public required string SwitchLanguageLabel { get; init; }

    public required string LevelIntroductory { get; init; }

    public required string LevelInDepth { get; init; }

    public required Func<int, string> ReadingTime { get; init; }

    public required string LastUpdated { get; init; }

    public required string Level { get; init; }

    public required string Contents { get; init; }

    public required string References { get; init; }

    public required string BackToCitation { get; init; }

    public required string LearningObjectives { get; init; }

    public required string DiscussionQuestions { get; init; }

    public required string NotTranslatedTitle { get; init; }

    public required Func<string, string> NotTranslatedBody { get; init; }

    public required string NotFoundTitle { get; init; }

    public required string NotFoundBody { get; init; }

    public required string NotFoundBackHome { get; init; }

    public required string AllArticles { get; init; }

    public required string StartHere { get; init; }

    public required string ForStudents { get; init; }

    public required string ForStudentsBody { get; init; }

    public required string ForJournalists { get; init; }

    public required string ForJournalistsBody { get; init; }

    public required string ForTeachers { get; init; }

    public required string ForTeachersBody { get; init; }

    public required string Licence { get; init; }

    public string LevelName(ArticleLevel level) => level == ArticleLevel.InDepth ? LevelInDepth : LevelIntroductory;

    public static SiteText For(SiteLanguage language) => language == SiteLanguage.Thai ? Thai : English;

    public static readonly SiteText Thai = new()
    {
        SiteName = "เข้าใจเครดิตสังคม",
        Tagline = "เปรียบเทียบ \"เครดิตสังคม\" ของไทยกับระบบเครดิตสังคมของจีน ทุกข้อมูลตรวจสอบย้อนกลับถึงแหล่งที่มาได้",
        SkipToContent = "ข้ามไปยังเนื้อหา",
        NavHome = "หน้าแรก",
        NavArticles = "บทความ",
        NavTimeline = "ลำดับเหตุการณ์",
        NavCompare = "เปรียบเทียบ",
        NavSources = "แหล่งที่มา",
        NavGlossary = "อภิธานศัพท์",
        NavSearch = "ค้นหา",
        NavAbout = "เกี่ยวกับเว็บไซต์",
        MainNavigation = "เมนูหลัก",
        SwitchLanguageLabel = "อ่านหน้านี้เป็นภาษาอังกฤษ",
        LevelIntroductory = "ระดับพื้นฐาน",
        LevelInDepth = "ระดับเจาะลึก",
        ReadingTime = minutes => $"อ่าน {minutes} นาที",
        LastUpdated = "ปรับปรุงล่าสุด",
        Level = "ระดับ",
        Contents = "สารบัญ",
        References = "แหล่งอ้างอิง",
        BackToCitation = "กลับไปยังจุดที่อ้างอิง",
        LearningObjectives = "จุดประสงค์การเรียนรู้",
        DiscussionQuestions = "คำถามชวนคิด",
        NotTranslatedTitle = "ยังไม่มีฉบับภาษาไทย",
        NotTranslatedBody = title => $"บทความ \"{title}\" ยังไม่มีฉบับภาษาไทย อ่านฉบับภาษาอังกฤษได้ที่ลิงก์ด้านล่าง",
        NotFoundTitle = "ไม่พบหน้าที่คุณต้องการ",
        NotFoundBody = "ลิงก์อาจผิดหรือหน้านี้ถูกย้ายไปแล้ว ลองเริ่มจากหน้าแรกหรือรายการบทความ",
        NotFoundBackHome = "กลับไปหน้าแรก",
        AllArticles = "บทความทั้งหมด",
        StartHere = "เริ่มอ่านที่นี่",
        ForStudents = "สำหรับนักเรียนนักศึกษา",
        ForStudentsBody = "บทความสองระดับ ตารางเปรียบเทียบ อภิธานศัพท์ และการอ้างอิงพร้อมใช้",
        ForJournalists = "สำหรับสื่อมวลชน",
        ForJournalistsBody = "ทุกข้อความเชื่อมถึงแหล่งที่มา พร้อมข้อความที่ยกมา วันที่ และผู้เผยแพร่",
        ForTeachers = "สำหรับครูอาจารย์",
        ForTeachersBody = "จุดประสงค์การเรียนรู้และคำถามชวนคิดในทุกบทความ จัดรายการอ่านให้ผู้เรียน และพิมพ์เอกสารประกอบการสอนได้",
        Licence = "เนื้อหาเผยแพร่ภายใต้สัญญาอนุญาต CC BY 4.0",
    };

    public static readonly SiteText English = new()
    {
        SiteName = "Social Credit Explained",
        Tagline = "Thailand's \"social credit\" proposal and China's Social Credit System, compared, with every claim traced to its source",
        SkipToContent = "Skip to content",
        NavHome = "Home",
        NavArticles = "Articles",
        NavTimeline = "Timeline",
        NavCompare = "Compare",
        NavSources = "Sources",
        NavGlossary = "Glossary",
        NavSearch = "Search",
        NavAbout = "About",
        MainNavigation = "Main",
        SwitchLanguageLabel = "Read this page in Thai",
        LevelIntroductory = "Introductory",
        LevelInDepth = "In depth",
        ReadingTime = minutes => minutes == 1 ? "1 minute read" : $"{minutes} minute read",
        LastUpdated = "Last updated",
        Level = "Level",
        Contents = "Contents",
        References = "References",
        BackToCitation = "Back to the citation",
        LearningObjectives = "Learning objectives",
        DiscussionQuestions = "Discussion questions",
        NotTranslatedTitle = "Not yet available in English",
        NotTranslatedBody = title => $"The article \"{title}\" has not been translated into English yet. You can read the Thai version below.",
        NotFoundTitle = "Page not found",
        NotFoundBody = "The link may be wrong or the page may have moved. Try the home page or the list of articles.",
        NotFoundBackHome = "Back to the home page",
        AllArticles = "All articles",
        StartHere = "Start here",
        ForStudents = "For students",
        ForStudentsBody = "Articles at two levels, a side-by-side comparison, a glossary and ready-made citations.",
        ForJournalists = "For journalists",
        ForJournalistsBody = "Every claim linked to its source, with the excerpt, date and publisher.",
        ForTeachers = "For teachers",
        ForTeachersBody = "Learning objectives and discussion questions with every article; build a reading list for a class and print handouts.",
        Licence = "Text licensed under CC BY 4.0",
    };
}
