namespace SocialCreditExplainer.Search.Querying;

/// <summary>The hits of one language's search, with what happened along the way.</summary>
internal sealed record LanguageResults(IReadOnlyList<SearchHit> Hits, int TotalHits, SearchNotices Notices)
{
    public static LanguageResults None { get; } = new([], 0, SearchNotices.None);
}
