using SocialCreditExplainer.Search.Text;

namespace SocialCreditExplainer.Search.Querying;

/// <summary>Turns whatever a reader sent into text that is safe and cheap to analyze.</summary>
internal static class QueryTextPreparer
{
    // Cleaning is linear, but a multi-megabyte query string should not even be scanned whole:
    // nothing past this many characters can survive the cut to MaxQueryLength anyway, except
    // in a text that is mostly control characters, which is not worth serving.
    const int MaxScanned = QueryLimits.MaxQueryLength * 16;

    public static PreparedQuery Prepare(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return new PreparedQuery(string.Empty, SearchNotices.EmptyQuery);
        }

        var notices = SearchNotices.None;
        var scanned = raw.Length > MaxScanned ? raw[..MaxScanned] : raw;
        var text = SearchText.CollapseWhiteSpace(SearchText.Clean(scanned, keepLineBreaks: false));
        if (text.Length > QueryLimits.MaxQueryLength)
        {
            text = SearchText.Truncate(text, QueryLimits.MaxQueryLength);
            notices |= SearchNotices.Truncated;
        }

        if (text.Length == 0)
        {
            notices |= SearchNotices.EmptyQuery;
        }

        return new PreparedQuery(text, notices);
    }
}
