namespace SocialCreditExplainer.Search;

/// <summary>What kind of place on the site a <see cref="SearchDocument"/> points to.</summary>
public enum SearchDocumentType
{
    /// <summary>One section of an article, from one heading to the next.</summary>
    ArticleSection,

    /// <summary>One dated event in a timeline.</summary>
    TimelineEvent,

    /// <summary>
    /// One entry of the glossary. Its title and each keyword are names of the term: a query that
    /// is exactly one of them (after folding case, diacritics and word endings) ranks it first.
    /// </summary>
    GlossaryTerm,

    /// <summary>One entry of the source catalogue.</summary>
    Source,
}
