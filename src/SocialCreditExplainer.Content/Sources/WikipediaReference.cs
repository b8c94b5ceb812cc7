namespace SocialCreditExplainer.Content.Sources;

/// <summary>The Wikipedia article a source is, and its revision permalink, each when known.</summary>
public sealed record WikipediaReference(string? Article, string? Revision);
