using SocialCreditExplainer.Content.Languages;
using SocialCreditExplainer.Content.Sources;

namespace SocialCreditExplainer.Web.Components.Sources;

/// <summary>What language a source's shown title is in, so pages can mark it with <c>lang</c>.</summary>
public static class SourceDisplay
{
    /// <summary>The language of <see cref="Source.DisplayTitle"/> for this reader (an ISO 639-1 code).</summary>
    public static string TitleLanguage(Source source, SiteLanguage language) =>
        language == SiteLanguage.Thai
            ? (source.TitleThai is not null ? "th" : source.Language)
            : (source.TitleEnglish is not null ? "en" : source.Language);

    /// <summary>The <c>lang</c> attribute for text in <paramref name="textLanguage"/> on a page in <paramref name="page"/>; null when they match.</summary>
    public static string? LangAttribute(string textLanguage, SiteLanguage page) =>
        string.Equals(textLanguage, page.Code, StringComparison.Ordinal) ? null : textLanguage;
}
