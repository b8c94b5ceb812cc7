namespace SocialCreditExplainer.Content.Timelines;

/// <summary>
/// The era a reader typed years in. Links and the API always carry historical CE years; the Thai
/// page's form lets readers type Buddhist Era years and says so with <c>era=be</c>.
/// </summary>
public enum YearEra
{
    Common,
    Buddhist,
}
