namespace SocialCreditExplainer.Web.Api.Sources;

/// <summary>An exact quotation from the source and where in the source it sits.</summary>
public sealed record ExcerptDto(string Quote, string Location);
