namespace SocialCreditExplainer.Content.Timelines.Export;

/// <summary>A date one source gives when sources disagree, and which source gives it.</summary>
public sealed record TimelineAlternativeRecord(TimelineDateRecord Date, string DateText, string SourceId);
