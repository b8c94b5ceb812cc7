namespace SocialCreditExplainer.Search.Analysis;

/// <summary>One token as an analyzer produced it: its indexed form, position and place in the text.</summary>
internal readonly record struct AnalyzedToken(string Term, int Position, int StartOffset, int EndOffset);
