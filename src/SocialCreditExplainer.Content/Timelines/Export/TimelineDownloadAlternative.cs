namespace SocialCreditExplainer.Content.Timelines.Export;

/// <summary>In the download: a date one source gives when sources disagree.</summary>
public sealed record TimelineDownloadAlternative(TimelineDateRecord Date, BilingualText DateText, string SourceId);
