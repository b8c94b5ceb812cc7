namespace SocialCreditExplainer.Web.Api.Sources;

/// <summary>The sources matching a request's filters, ordered by id.</summary>
public sealed record SourceListDto(int Count, IReadOnlyList<SourceSummaryDto> Sources);
