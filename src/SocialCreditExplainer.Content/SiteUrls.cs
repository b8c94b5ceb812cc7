using SocialCreditExplainer.Content.Languages;

namespace SocialCreditExplainer.Content;

/// <summary>
/// The one place that knows the site's URL shapes, so links are never built by hand elsewhere.
/// Every URL is root-relative and starts with the language segment.
/// </summary>
public static class SiteUrls
{
    public static string Home(SiteLanguage language) => $"/{language.Code}/";

    public static string Articles(SiteLanguage language) => $"/{language.Code}/articles";

    public static string Article(SiteLanguage language, string slug, string? fragment = null) =>
        $"/{language.Code}/articles/{Uri.EscapeDataString(slug)}{Fragment(fragment)}";

    public static string Timeline(SiteLanguage language) => $"/{language.Code}/timeline";

    /// <summary>An event's permalink: its anchor in the unfiltered timeline.</summary>
    public static string TimelineEvent(SiteLanguage language, string eventId) =>
        $"/{language.Code}/timeline{Fragment(eventId)}";

    public static string Glossary(SiteLanguage language) => $"/{language.Code}/glossary";

    public static string GlossaryTerm(SiteLanguage language, string termId) =>
        $"/{language.Code}/glossary{Fragment(termId)}";

    public static string Sources(SiteLanguage language) => $"/{language.Code}/sources";

    public static string Source(SiteLanguage language, string sourceId) =>
        $"/{language.Code}/sources/{Uri.EscapeDataString(sourceId)}";

    public static string Compare(SiteLanguage language) => $"/{language.Code}/compare";

    public static string Search(SiteLanguage language) => $"/{language.Code}/search";

    static string Fragment(string? fragment) =>
        string.IsNullOrEmpty(fragment) ? string.Empty : "#" + Uri.EscapeDataString(fragment);
}
