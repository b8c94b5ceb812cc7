namespace SocialCreditExplainer.Search.Highlighting;

/// <summary>A matched stretch of a body, as UTF-16 offsets: <c>[Start, End)</c>.</summary>
internal readonly record struct MatchSpan(int Start, int End);
