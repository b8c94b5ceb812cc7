namespace SocialCreditExplainer.Search;

/// <summary>The bounds put on a reader's text, so that no query can make a search slow.</summary>
public static class QueryLimits
{
    /// <summary>Characters of query text searched; the rest is cut and the reader told.</summary>
    public const int MaxQueryLength = 200;

    /// <summary>Distinct words used from one query, per way of reading it.</summary>
    public const int MaxTerms = 32;
}
