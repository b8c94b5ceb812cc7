using SocialCreditExplainer.Content.Languages;

namespace SocialCreditExplainer.Content.Timelines;

/// <summary>Why an event's date or substance is uncertain, and which source says what.</summary>
public sealed record Uncertainty(LocalizedText Note, IReadOnlyList<AlternativeDate> Alternatives);
