namespace SocialCreditExplainer.Search;

/// <summary>The answer to one <see cref="SearchQuery"/>.</summary>
public sealed record SearchResults
{
    /// <summary>The query as it was asked.</summary>
    public required SearchQuery Query { get; init; }

    /// <summary>The text actually searched: cleaned of control characters, normalised and cut to length.</summary>
    public required string SearchedText { get; init; }

    /// <summary>The best matches in the query's language, best first.</summary>
    public required IReadOnlyList<SearchHit> Hits { get; init; }

    /// <summary>How many documents in the query's language matched (may exceed <see cref="Hits"/>).</summary>
    public required int TotalHits { get; init; }

    /// <summary>
    /// Matches on the other language's pages, offered when the text was typed in the other
    /// language (English typed on Thai pages, or Thai on English pages). Empty otherwise.
    /// </summary>
    public IReadOnlyList<SearchHit> OtherLanguage { get; init; } = [];

    /// <summary>How many documents in the other language matched (may exceed <see cref="OtherLanguage"/>).</summary>
    public int OtherLanguageTotalHits { get; init; }

    /// <summary>What happened to the text, as flags a UI can react to.</summary>
    public SearchNotices Notices { get; init; }

    /// <summary>
    /// A sentence or two for the reader, in the language of <see cref="SearchQuery.Language"/>,
    /// when the text was empty, cut, unusable, or only partly matched; null when there is nothing to say.
    /// </summary>
    public string? Message { get; init; }
}
