namespace SocialCreditExplainer.Content.Markdown.Citations;

/// <summary>One source named in a citation marker, with its locator (<c>p. 4</c>) when given.</summary>
public sealed record CitationReference(string SourceId, string? Locator);
