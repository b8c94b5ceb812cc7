namespace SocialCreditExplainer.Content.Sources;

/// <summary>
/// Where a parliamentary record sits. Every field but <see cref="Unknown"/> may be null, which
/// means "not known", and <see cref="Unknown"/> says so in plain words.
/// </summary>
public sealed record ParliamentaryReference(
    string? Chamber,
    string? Sitting,
    string? Date,
    string? Speaker,
    string? AgendaItem,
    string? Unknown);
