namespace SocialCreditExplainer.Content.Timelines;

/// <summary>A parsed timeline query: the query, or every problem found when any value is bad.</summary>
public sealed record TimelineQueryResult(TimelineQuery? Query, IReadOnlyList<TimelineQueryProblem> Problems)
{
    public bool IsValid => Query is not null;

    /// <summary>The query when valid, else every event (what the page shows under its error message).</summary>
    public TimelineQuery QueryOrAll => Query ?? TimelineQuery.All;
}
