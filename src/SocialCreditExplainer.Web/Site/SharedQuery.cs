using Microsoft.Extensions.Primitives;

namespace SocialCreditExplainer.Web.Site;

/// <summary>
/// The query parameters that choose what a page shows and mean the same in both languages: the
/// source list's and the timeline's filters and the search text. Switching language keeps them,
/// so a journalist who filtered the sources to Thailand is still looking at Thai sources in
/// English. The reading-page cache varies by exactly these, so a cached page's language link always
/// matches the address it was cached for.
/// </summary>
public static class SharedQuery
{
    public static readonly string[] Names = ["country", "language", "theme", "from", "to", "era", "q", "type"];

    /// <summary>The shared parameters of <paramref name="query"/> as <c>?a=b&amp;…</c>, or empty when there are none.</summary>
    public static string Of(IQueryCollection query)
    {
        var kept = new List<KeyValuePair<string, StringValues>>();
        foreach (var name in Names)
        {
            if (query.TryGetValue(name, out var values) && !StringValues.IsNullOrEmpty(values))
            {
                kept.Add(new(name, values));
            }
        }

        return kept.Count == 0 ? string.Empty : QueryString.Create(kept).ToUriComponent();
    }
}
