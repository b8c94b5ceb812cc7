namespace SocialCreditExplainer.Search.Querying;

/// <summary>How many of a query's terms a document must hold to match.</summary>
internal enum Strictness
{
    /// <summary>Every term: the first try, and the only one that also scores phrases.</summary>
    AllTerms,

    /// <summary>At least half the terms (at least one): the first fallback.</summary>
    HalfTheTerms,

    /// <summary>Any one term: the last fallback.</summary>
    AnyTerm,
}
