namespace SocialCreditExplainer.Content.Sources;

/// <summary>An exact quotation from a source and where in the source it sits.</summary>
public sealed record SourceExcerpt(string Quote, string Location);
