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

    /// <summary>The timeline filtered by a query (CE years), as a plain link that works without JavaScript.</summary>
    public static string Timeline(SiteLanguage language, Timelines.TimelineQuery query)
    {
        var pairs = Timelines.TimelineQueryParser.ToQueryString(query).Select(p => p.Key + "=" + Uri.EscapeDataString(p.Value));
        var queryString = string.Join('&', pairs);
        return Timeline(language) + (queryString.Length > 0 ? "?" + queryString : string.Empty);
    }

    public static string Glossary(SiteLanguage language) => $"/{language.Code}/glossary";

    public static string GlossaryTerm(SiteLanguage language, string termId) =>
        $"/{language.Code}/glossary{Fragment(termId)}";

    public static string Sources(SiteLanguage language) => $"/{language.Code}/sources";

    public static string Source(SiteLanguage language, string sourceId) =>
        $"/{language.Code}/sources/{Uri.EscapeDataString(sourceId)}";

    /// <summary>The source list filtered by country and by the sources' language (either may be null).</summary>
    public static string Sources(SiteLanguage language, string? country, string? sourceLanguage)
    {
        var query = string.Join('&', new[] { ("country", country), ("language", sourceLanguage) }
            .Where(p => !string.IsNullOrEmpty(p.Item2))
            .Select(p => p.Item1 + "=" + Uri.EscapeDataString(p.Item2!)));
        return Sources(language) + (query.Length > 0 ? "?" + query : string.Empty);
    }

    /// <summary>A citation file (BibTeX, RIS, CSL-JSON) for an article.</summary>
    public static string ArticleCitation(SiteLanguage language, string slug, Citing.CitationFileFormat format) =>
        $"/{language.Code}/articles/{Uri.EscapeDataString(slug)}/cite.{Citing.CitationFiles.Extension(format)}";

    /// <summary>A citation file (BibTeX, RIS, CSL-JSON) for a catalogue source.</summary>
    public static string SourceCitation(SiteLanguage language, string sourceId, Citing.CitationFileFormat format) =>
        $"/{language.Code}/sources/{Uri.EscapeDataString(sourceId)}/cite.{Citing.CitationFiles.Extension(format)}";

    public static string Compare(SiteLanguage language) => $"/{language.Code}/compare";

    public static string Search(SiteLanguage language) => $"/{language.Code}/search";

    static string Fragment(string? fragment) =>
        string.IsNullOrEmpty(fragment) ? string.Empty : "#" + Uri.EscapeDataString(fragment);
}
