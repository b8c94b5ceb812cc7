namespace SocialCreditExplainer.Search.Querying;

/// <summary>A Lucene document id with its final score (text score times document boost).</summary>
internal readonly record struct ScoredDocument(int DocId, float Score);
