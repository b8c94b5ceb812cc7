using SocialCreditExplainer.Content.Dates;

namespace SocialCreditExplainer.Content.Timelines;

/// <summary>A date one source gives for an event when sources disagree.</summary>
public sealed record AlternativeDate(DateSpan Date, string SourceId);
