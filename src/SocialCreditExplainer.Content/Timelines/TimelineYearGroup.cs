namespace SocialCreditExplainer.Content.Timelines;

/// <summary>The events starting in one year (or one decade), with the label a reader sees.</summary>
public sealed record TimelineYearGroup(int Year, string Label, IReadOnlyList<TimelineEvent> Events);
