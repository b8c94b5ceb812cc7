namespace SocialCreditExplainer.Content.Timelines.Export;

/// <summary>The events matching a query, in date order, out of <see cref="Total"/> events in all.</summary>
public sealed record TimelineListRecord(string Language, int Count, int Total, IReadOnlyList<TimelineEventRecord> Events);
