namespace SocialCreditExplainer.Content.Timelines;

/// <summary>
/// Which events a reader wants: empty sets mean "all"; years are historical (negative is BCE) and
/// both bounds are inclusive. The same query drives the page, its plain-link fallback and the API.
/// </summary>
public sealed record TimelineQuery
{
    public static readonly TimelineQuery All = new();

    public IReadOnlySet<Country> Countries { get; init; } = new HashSet<Country>();

    public IReadOnlySet<TimelineTheme> Themes { get; init; } = new HashSet<TimelineTheme>();

    public int? FromYear { get; init; }

    public int? ToYear { get; init; }

    public bool Matches(TimelineEvent timelineEvent) =>
        (Countries.Count == 0 || Countries.Contains(timelineEvent.Country))
        && (Themes.Count == 0 || timelineEvent.Themes.Any(Themes.Contains))
        && timelineEvent.Date.Overlaps(FromYear, ToYear);
}
