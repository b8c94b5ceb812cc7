namespace SocialCreditExplainer.Content.Timelines.Export;

/// <summary>One event in the downloadable data set, with every text in both languages.</summary>
public sealed record TimelineDownloadEvent(
    string Id,
    string Country,
    TimelineDateRecord Date,
    BilingualText DateText,
    BilingualText Title,
    BilingualText Summary,
    IReadOnlyList<string> Themes,
    IReadOnlyList<TimelineSourceRecord> Sources,
    IReadOnlyList<string> Articles,
    TimelineDownloadUncertainty? Uncertain,
    BilingualText Permalink);
