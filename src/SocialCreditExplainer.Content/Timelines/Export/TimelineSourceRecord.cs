namespace SocialCreditExplainer.Content.Timelines.Export;

/// <summary>A source an event cites: its catalogue id, title and publisher, and its page on this site.</summary>
public sealed record TimelineSourceRecord(string Id, string? Title, string? Publisher, string Url);
