namespace SocialCreditExplainer.Content.Timelines;

/// <summary>What an event is about; readers filter the timeline by these.</summary>
public enum TimelineTheme
{
    LawPolicy,
    Pilots,
    CourtsBlacklists,
    PrivateScores,
    ParliamentPolitics,
    PublicDebate,
}
