namespace SocialCreditExplainer.Web.Api.Sources;

/// <summary>The Wikipedia article a source is; null fields are not known.</summary>
/// <param name="Revision">The revision permalink, or null when not known.</param>
public sealed record WikipediaDto(string? Article, string? Revision);
