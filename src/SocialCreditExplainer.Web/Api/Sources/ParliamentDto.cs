namespace SocialCreditExplainer.Web.Api.Sources;

/// <summary>Where a parliamentary record sits; each null field is not known, and <see cref="Unknown"/> says what is missing.</summary>
public sealed record ParliamentDto(string? Chamber, string? Sitting, string? Date, string? Speaker, string? AgendaItem, string? Unknown);
