namespace SocialCreditExplainer.Content.Sources;

/// <summary>What kind of document a source is; readers weigh a law differently from a blog.</summary>
public enum SourceType
{
    Encyclopedia,
    GovernmentDocument,
    Law,
    ParliamentaryRecord,
    News,
    Opinion,
    Academic,
    ThinkTank,
    Blog,
}
