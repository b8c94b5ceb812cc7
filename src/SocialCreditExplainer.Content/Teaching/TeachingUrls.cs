using SocialCreditExplainer.Content.Languages;

namespace SocialCreditExplainer.Content.Teaching;

/// <summary>
/// The URL shapes of the teachers' pages, in the manner of <see cref="SiteUrls"/>: root-relative,
/// starting with the language segment, never built by hand elsewhere.
/// </summary>
public static class TeachingUrls
{
    /// <summary>The query parameter that carries an encoded reading list.</summary>
    public const string ListParameter = "l";

    /// <summary>The reading-list builder.</summary>
    public static string Teach(SiteLanguage language) => $"/{language.Code}/teach";

    /// <summary>The builder, filled in with a list to change.</summary>
    public static string EditList(SiteLanguage language, string encodedList) => Teach(language) + Query(encodedList);

    /// <summary>The shareable page of a list.</summary>
    public static string ReadingList(SiteLanguage language, string encodedList) => $"/{language.Code}/teach/list{Query(encodedList)}";

    /// <summary>A list's printable handout.</summary>
    public static string ReadingListHandout(SiteLanguage language, string encodedList) => $"/{language.Code}/teach/list/handout{Query(encodedList)}";

    /// <summary>An article's printable handout.</summary>
    public static string ArticleHandout(SiteLanguage language, string slug) =>
        $"/{language.Code}/articles/{Uri.EscapeDataString(slug)}/handout";

    // base64url needs no escaping, but a hand-edited value might.
    static string Query(string encodedList) => $"?{ListParameter}={Uri.EscapeDataString(encodedList)}";
}
