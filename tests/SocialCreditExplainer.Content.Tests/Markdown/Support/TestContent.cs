using SocialCreditExplainer.Content.Dates;
using SocialCreditExplainer.Content.Glossary;
using SocialCreditExplainer.Content.Languages;
using SocialCreditExplainer.Content.Markdown;
using SocialCreditExplainer.Content.Sources;

namespace SocialCreditExplainer.Content.Tests.Markdown.Support;

/// <summary>
/// A small, made-up catalogue for rendering tests: real <see cref="Source"/> and
/// <see cref="GlossaryTerm"/> records behind plain dictionary lookups.
/// </summary>
internal static class TestContent
{
    /// <summary>English original with a Thai title; dated to the day.</summary>
    public static readonly Source SourceA = new()
    {
        Id = "source-a",
        Type = SourceType.GovernmentDocument,
        Title = "Source A title",
        TitleThai = "ชื่อแหล่งที่มา ก",
        Publisher = "Publisher A",
        Published = HistoricalDate.OfDay(2014, 6, 14),
        Accessed = new DateOnly(2026, 11, 26),
        Language = "en",
        Country = Country.China,
        Excerpts = [new SourceExcerpt("An exact excerpt from source A", "page 1")],
        Location = new ContentLocation("sources/source-a.yaml", 1),
    };

    /// <summary>Thai original with an English title; dated to the year.</summary>
    public static readonly Source SourceB = new()
    {
        Id = "source-b",
        Type = SourceType.News,
        Title = "ชื่อเรื่องภาษาไทย ข",
        TitleEnglish = "Source B in English",
        Publisher = "สำนักข่าว ข",
        Published = HistoricalDate.OfYear(2018),
        Accessed = new DateOnly(2026, 11, 26),
        Language = "th",
        Country = Country.Thailand,
        Excerpts = [new SourceExcerpt("ข้อความที่ยกมาจากแหล่ง ข", "ย่อหน้า 2")],
        Location = new ContentLocation("sources/source-b.yaml", 1),
    };

    /// <summary>Chinese original with only an English title; no known date.</summary>
    public static readonly Source SourceC = new()
    {
        Id = "source-c",
        Type = SourceType.Law,
        Title = "来源丙",
        TitleEnglish = "Source C",
        Publisher = "Publisher C",
        Published = null,
        Accessed = new DateOnly(2026, 11, 26),
        Language = "zh",
        Country = Country.China,
        Excerpts = [new SourceExcerpt("中文摘录", "第一条")],
        Location = new ContentLocation("sources/source-c.yaml", 1),
    };

    /// <summary>A Thai source with an excerpt longer than a tooltip shows (100 × "ที่", 300 characters).</summary>
    public static readonly Source LongExcerpt = SourceB with
    {
        Id = "long-excerpt",
        Excerpts = [new SourceExcerpt(string.Concat(Enumerable.Repeat("ที่", 100)), "ทั้งฉบับ")],
    };

    public static readonly GlossaryTerm Hukou = new()
    {
        Id = "hukou",
        Term = new LocalizedText("ระบบทะเบียนครัวเรือน", "household registration"),
        Chinese = "户口",
        Pinyin = "hùkǒu",
        Definition = new LocalizedText("คำนิยามทดสอบภาษาไทย", "A test definition in English."),
        Sources = ["source-a"],
        Location = new ContentLocation("glossary/glossary.yaml", 1),
    };

    static readonly Dictionary<string, Source> Sources =
        new[] { SourceA, SourceB, SourceC, LongExcerpt }.ToDictionary(s => s.Id, StringComparer.Ordinal);

    static readonly Dictionary<string, GlossaryTerm> Terms = new(StringComparer.Ordinal) { [Hukou.Id] = Hukou };

    /// <summary>Article keys and their slugs (the slug differs from the key for one of them).</summary>
    static readonly Dictionary<string, string> ArticleSlugs = new(StringComparer.Ordinal)
    {
        ["what-is-social-credit"] = "what-is-social-credit",
        ["china-social-credit-system"] = "china-scs",
    };

    static readonly HashSet<string> Events = new(StringComparer.Ordinal) { "cn-2014-planning-outline" };

    public static ArticleRenderContext Context(SiteLanguage language) => new()
    {
        Language = language,
        FindSource = id => Sources.GetValueOrDefault(id),
        FindTerm = id => Terms.GetValueOrDefault(id),
        FindArticleSlug = key => ArticleSlugs.GetValueOrDefault(key),
        TimelineEventExists = Events.Contains,
    };
}
