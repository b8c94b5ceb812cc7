namespace SocialCreditExplainer.Search;

/// <summary>What a search had to do to the reader's text, or could not do; a UI can react to each.</summary>
[Flags]
public enum SearchNotices
{
    /// <summary>The text was searched as typed.</summary>
    None = 0,

    /// <summary>Nothing to search for: the text was empty or only spaces and control characters.</summary>
    EmptyQuery = 1,

    /// <summary>The text was longer than <see cref="QueryLimits.MaxQueryLength"/> characters and was cut.</summary>
    Truncated = 2,

    /// <summary>The text held more than <see cref="QueryLimits.MaxTerms"/> words; only the first were used.</summary>
    TooManyTerms = 4,

    /// <summary>The text had characters but no word that can be searched (only punctuation, for example).</summary>
    NoSearchableTerms = 8,

    /// <summary>No page held every word, so pages holding some of the words are shown.</summary>
    PartialMatch = 16,
}
