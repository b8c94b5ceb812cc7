using SocialCreditExplainer.Content;
using SocialCreditExplainer.Content.Languages;
using SocialCreditExplainer.Search;

namespace SocialCreditExplainer.Web.Search;

/// <summary>Addresses of the search page with a query, built in one place.</summary>
public static class SearchUrls
{
    /// <summary>
    /// <c>/{lang}/search?q=…&amp;type=…</c>; <c>q</c> is left out when there is no text and
    /// <c>type</c> when every type is searched, so the plain page has the plain address.
    /// </summary>
    public static string For(SiteLanguage language, string? text, SearchDocumentType? type = null)
    {
        ArgumentNullException.ThrowIfNull(language);
        var pairs = new List<string>(2);
        if (!string.IsNullOrEmpty(text))
        {
            pairs.Add("q=" + Uri.EscapeDataString(SearchInput.Clean(text)));
        }

        if (type is not null)
        {
            pairs.Add("type=" + SearchTypeFilter.WordFor(type));
        }

        return SiteUrls.Search(language) + (pairs.Count > 0 ? "?" + string.Join('&', pairs) : string.Empty);
    }
}
