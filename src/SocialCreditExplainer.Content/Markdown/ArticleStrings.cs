using SocialCreditExplainer.Content.Languages;

namespace SocialCreditExplainer.Content.Markdown;

/// <summary>The few reader-facing words the renderer writes itself, in each site language.</summary>
internal static class ArticleStrings
{
    public static string ParagraphLink(SiteLanguage language) =>
        language == SiteLanguage.Thai ? "ลิงก์ไปยังย่อหน้านี้" : "Link to this paragraph";

    /// <summary>Shown instead of a publication date that is not known.</summary>
    public static string NoDate(SiteLanguage language) =>
        language == SiteLanguage.Thai ? "ไม่ปรากฏวันที่" : "n.d.";
}
