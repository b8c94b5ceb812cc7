namespace SocialCreditExplainer.Content.Timelines.Export;

/// <summary>The whole timeline as a data set: both countries, both languages, in date order.</summary>
public sealed record TimelineDownload(string ContentVersion, string Licence, int Count, IReadOnlyList<TimelineDownloadEvent> Events);
