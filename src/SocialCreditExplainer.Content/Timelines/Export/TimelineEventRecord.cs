namespace SocialCreditExplainer.Content.Timelines.Export;

/// <summary>One event as the API returns it, in one language; <see cref="Url"/> is its permalink.</summary>
public sealed record TimelineEventRecord(
    string Id,
    string Country,
    TimelineDateRecord Date,
    string DateText,
    string Title,
    string Summary,
    IReadOnlyList<string> Themes,
    IReadOnlyList<TimelineSourceRecord> Sources,
    IReadOnlyList<TimelineArticleRecord> Articles,
    TimelineUncertaintyRecord? Uncertain,
    string Url);
