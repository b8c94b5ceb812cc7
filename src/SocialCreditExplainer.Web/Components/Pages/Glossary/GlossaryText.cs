using SocialCreditExplainer.Content.Languages;

namespace SocialCreditExplainer.Web.Components.Pages.Glossary;

/// <summary>The glossary page's own words, in each language.</summary>
public sealed record GlossaryText
{
    public required string Title { get; init; }

    public required string Lead { get; init; }

    public required string JumpToLetter { get; init; }

    /// <summary>The name of the page's other language, before the term in it.</summary>
    public required string OtherLanguage { get; init; }

    public required string Chinese { get; init; }

    public required string Pinyin { get; init; }

    /// <summary>Shown when the Thai rendering is ours because no standard Thai term was found.</summary>
    public required string SuggestedThai { get; init; }

    public static GlossaryText For(SiteLanguage language) => language == SiteLanguage.Thai ? Thai : English;

    public static readonly GlossaryText Thai = new()
    {
        Title = "อภิธานศัพท์",
        Lead = "คำศัพท์สำคัญเรื่องเครดิตสังคมทั้งภาษาไทย อังกฤษ และจีน พร้อมคำอธิบายที่เป็นกลางและแหล่งอ้างอิง เรียงตามลำดับอักษร",
        JumpToLetter = "ไปยังหมวดอักษร",
        OtherLanguage = "ภาษาอังกฤษ",
        Chinese = "ภาษาจีน",
        Pinyin = "พินอิน",
        SuggestedThai = "คำแปลที่เราเสนอ (ยังไม่มีคำบัญญัติ)",
    };

    public static readonly GlossaryText English = new()
    {
        Title = "Glossary",
        Lead = "Key terms about social credit in Thai, English and Chinese, with neutral definitions and their sources, in alphabetical order.",
        JumpToLetter = "Jump to letter",
        OtherLanguage = "Thai",
        Chinese = "Chinese",
        Pinyin = "pinyin",
        SuggestedThai = "Thai rendering suggested by us (no standard Thai term yet)",
    };
}
