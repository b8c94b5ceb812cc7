namespace SocialCreditExplainer.Content.Timelines.Export;

/// <summary>Why an event is marked uncertain, with each source's own date.</summary>
public sealed record TimelineUncertaintyRecord(string Note, IReadOnlyList<TimelineAlternativeRecord> Alternatives);
