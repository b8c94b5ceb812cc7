namespace SocialCreditExplainer.Content.Timelines.Export;

/// <summary>An article related to an event, in the language asked for when it has one (else the other).</summary>
public sealed record TimelineArticleRecord(string Key, string Title, string Language, string Url);
