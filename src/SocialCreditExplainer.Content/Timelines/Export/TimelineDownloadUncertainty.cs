namespace SocialCreditExplainer.Content.Timelines.Export;

/// <summary>In the download: why an event is uncertain, in both languages, and each source's date.</summary>
public sealed record TimelineDownloadUncertainty(BilingualText Note, IReadOnlyList<TimelineDownloadAlternative> Alternatives);
