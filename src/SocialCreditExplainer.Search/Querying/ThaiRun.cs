using SocialCreditExplainer.Search.Analysis;

namespace SocialCreditExplainer.Search.Querying;

/// <summary>A run of Thai characters from the query, with its character pairs as the index holds them.</summary>
internal sealed record ThaiRun(string Text, IReadOnlyList<AnalyzedToken> Bigrams);
