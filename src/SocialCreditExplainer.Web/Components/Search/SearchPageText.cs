using System.Globalization;
using SocialCreditExplainer.Content.Languages;
using SocialCreditExplainer.Search;

namespace SocialCreditExplainer.Web.Components.Search;

/// <summary>
/// The search page's own words in each language, typed so that a missing translation is a
/// compile error. The engine's notices are worded here too, so a page never shows a sentence
/// in a language or voice of its own.
/// </summary>
public sealed record SearchPageText
{
    public required SiteLanguage Language { get; init; }

    public required string Title { get; init; }

    public required string Intro { get; init; }

    /// <summary>The accessible name of the search form (a <c>role="search"</c> landmark).</summary>
    public required string FormLabel { get; init; }

    public required string QueryLabel { get; init; }

    public required string TypeLabel { get; init; }

    public required string AllTypes { get; init; }

    public required string Submit { get; init; }

    public required string ResultsTitle { get; init; }

    /// <summary>The live status line: (matches, shown, searched text).</summary>
    public required Func<int, int, string, string> Count { get; init; }

    public required string NoResultsHint { get; init; }

    /// <summary>The heading over matches in the language the text was typed in (the other one).</summary>
    public required string OtherLanguageTitle { get; init; }

    /// <summary>The line under it: (matches in the other language).</summary>
    public required Func<int, string> OtherLanguageIntro { get; init; }

    public required string ExamplesTitle { get; init; }

    /// <summary>Queries offered on the empty page; each finds something on the real content.</summary>
    public required IReadOnlyList<SearchExample> Examples { get; init; }

    /// <summary>The label of a section filter option and of a hit's type (plural for the filter).</summary>
    public required Func<SearchDocumentType, string> SectionName { get; init; }

    /// <summary>The label above one hit.</summary>
    public required Func<SearchDocumentType, string> TypeName { get; init; }

    /// <summary>A <c>type</c> value the page does not know, dropped so every type is searched.</summary>
    public required Func<string, string> UnknownType { get; init; }

    public required string EmptyQuery { get; init; }

    public required string Truncated { get; init; }

    public required string TooManyTerms { get; init; }

    public required string NoSearchableTerms { get; init; }

    public required string PartialMatch { get; init; }

    /// <summary>What to tell the reader about their text, from the engine's notices; null when nothing.</summary>
    public string? Message(SearchNotices notices)
    {
        var sentences = new List<string>();
        Add(SearchNotices.EmptyQuery, EmptyQuery);
        Add(SearchNotices.Truncated, Truncated);
        Add(SearchNotices.TooManyTerms, TooManyTerms);
        Add(SearchNotices.NoSearchableTerms, NoSearchableTerms);
        Add(SearchNotices.PartialMatch, PartialMatch);
        return sentences.Count == 0 ? null : string.Join(" ", sentences);

        void Add(SearchNotices notice, string sentence)
        {
            if (notices.HasFlag(notice))
            {
                sentences.Add(sentence);
            }
        }
    }

    public static SearchPageText For(SiteLanguage language) => language == SiteLanguage.Thai ? Thai : English;

    static string N(int number) => number.ToString("N0", CultureInfo.InvariantCulture);

    public static readonly SearchPageText Thai = new()
    {
        Language = SiteLanguage.Thai,
        Title = "ค้นหา",
        Intro = "ค้นหาจากบทความ ลำดับเหตุการณ์ อภิธานศัพท์ และแหล่งที่มาทั้งหมดในเว็บไซต์ พิมพ์เป็นภาษาไทย ภาษาอังกฤษ ภาษาจีน หรือพินอินก็ได้",
        FormLabel = "ค้นหาในเว็บไซต์",
        QueryLabel = "คำค้น",
        TypeLabel = "ค้นหาใน",
        AllTypes = "ทั้งหมด",
        Submit = "ค้นหา",
        ResultsTitle = "ผลการค้นหา",
        Count = (total, shown, text) => total == 0
            ? $"ไม่พบผลลัพธ์สำหรับ “{text}”"
            : shown < total
                ? $"พบ {N(total)} รายการสำหรับ “{text}” แสดง {N(shown)} รายการที่ตรงที่สุด"
                : $"พบ {N(total)} รายการสำหรับ “{text}”",
        NoResultsHint = "ลองใช้คำที่สั้นลงหรือคำอื่นที่มีความหมายใกล้เคียงกัน หรือเลือกค้นหาในทุกหมวด",
        OtherLanguageTitle = "ผลการค้นหาภาษาอังกฤษ",
        OtherLanguageIntro = total => $"คำค้นนี้เป็นภาษาอังกฤษ จึงแสดงผลจากหน้าภาษาอังกฤษด้วย พบ {N(total)} รายการ",
        ExamplesTitle = "ลองค้นหา",
        Examples = [new("เครดิตสังคม"), new("บัญชีดำ"), new("hukou", "zh-Latn-pinyin"), new("社会信用", "zh-Hans")],
        SectionName = type => type switch
        {
            SearchDocumentType.ArticleSection => "บทความ",
            SearchDocumentType.TimelineEvent => "ลำดับเหตุการณ์",
            SearchDocumentType.GlossaryTerm => "อภิธานศัพท์",
            SearchDocumentType.Source => "แหล่งที่มา",
            _ => throw new ArgumentOutOfRangeException(nameof(type)),
        },
        TypeName = type => type switch
        {
            SearchDocumentType.ArticleSection => "บทความ",
            SearchDocumentType.TimelineEvent => "ลำดับเหตุการณ์",
            SearchDocumentType.GlossaryTerm => "อภิธานศัพท์",
            SearchDocumentType.Source => "แหล่งที่มา",
            _ => throw new ArgumentOutOfRangeException(nameof(type)),
        },
        UnknownType = value => $"ไม่มีหมวด “{value}” จึงค้นหาในทุกหมวด",
        EmptyQuery = "พิมพ์คำหรือข้อความที่ต้องการค้นหา",
        Truncated = $"คำค้นยาวเกินไป จึงค้นหาเฉพาะ {QueryLimits.MaxQueryLength} ตัวอักษรแรก",
        TooManyTerms = $"คำค้นมีหลายคำเกินไป จึงค้นหาเฉพาะ {QueryLimits.MaxTerms} คำแรก",
        NoSearchableTerms = "ข้อความนี้ไม่มีคำที่ใช้ค้นหาได้ ลองพิมพ์คำอื่น",
        PartialMatch = "ไม่พบหน้าที่มีครบทุกคำ จึงแสดงหน้าที่มีบางคำแทน",
    };

    public static readonly SearchPageText English = new()
    {
        Language = SiteLanguage.English,
        Title = "Search",
        Intro = "Search every article, timeline event, glossary term and source on the site. Type in English, Thai, Chinese or pinyin.",
        FormLabel = "Search the site",
        QueryLabel = "Search for",
        TypeLabel = "Search in",
        AllTypes = "Everything",
        Submit = "Search",
        ResultsTitle = "Results",
        Count = (total, shown, text) => total == 0
            ? $"No results for “{text}”"
            : shown < total
                ? $"{N(total)} results for “{text}”, showing the best {N(shown)}"
                : total == 1 ? $"1 result for “{text}”" : $"{N(total)} results for “{text}”",
        NoResultsHint = "Try fewer or shorter words, another word for the same thing, or searching everything.",
        OtherLanguageTitle = "Results in Thai",
        OtherLanguageIntro = total => total == 1
            ? "You typed in Thai, so here is the match on the Thai pages too."
            : $"You typed in Thai, so here are the {N(total)} matches on the Thai pages too.",
        ExamplesTitle = "Try",
        Examples = [new("social credit"), new("blacklist"), new("hùkǒu", "zh-Latn-pinyin"), new("เครดิตสังคม", "th")],
        SectionName = type => type switch
        {
            SearchDocumentType.ArticleSection => "Articles",
            SearchDocumentType.TimelineEvent => "Timeline",
            SearchDocumentType.GlossaryTerm => "Glossary",
            SearchDocumentType.Source => "Sources",
            _ => throw new ArgumentOutOfRangeException(nameof(type)),
        },
        TypeName = type => type switch
        {
            SearchDocumentType.ArticleSection => "Article",
            SearchDocumentType.TimelineEvent => "Timeline",
            SearchDocumentType.GlossaryTerm => "Glossary",
            SearchDocumentType.Source => "Source",
            _ => throw new ArgumentOutOfRangeException(nameof(type)),
        },
        UnknownType = value => $"There is no section “{value}”, so everything was searched.",
        EmptyQuery = "Type a word or phrase to search for.",
        Truncated = $"Your search was too long, so only its first {QueryLimits.MaxQueryLength} characters were used.",
        TooManyTerms = $"Your search had too many words, so only the first {QueryLimits.MaxTerms} were used.",
        NoSearchableTerms = "There are no words to search for in that text. Try different words.",
        PartialMatch = "No page has all of your words, so pages with some of them are shown.",
    };
}
