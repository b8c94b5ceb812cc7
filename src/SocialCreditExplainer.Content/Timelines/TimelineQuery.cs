namespace SocialCreditExplainer.Content.Timelines;

/// <summary>
/// Which events a reader wants: empty sets mean "all"; years are historical (negative is BCE) and
/// both bounds are inclusive. The same query drives the page, its plain-link fallback and the API.
/// </summary>
public sealed record TimelineQuery
{
    /// <summary>No filter: every event of both countries.</summary>
    public static readonly TimelineQuery All = new();

    public IReadOnlySet<Country> Countries { get; init; } = new HashSet<Country>();

    public IReadOnlySet<TimelineTheme> Themes { get; init; } = new HashSet<TimelineTheme>();

    public int? FromYear { get; init; }

    public int? ToYear { get; init; }

    /// <summary>Whether this query leaves every event in.</summary>
    public bool IsAll => Countries.Count == 0 && Themes.Count == 0 && FromYear is null && ToYear is null;

    public bool Matches(TimelineEvent timelineEvent) =>
        (Countries.Count == 0 || Countries.Contains(timelineEvent.Country))
        && (Themes.Count == 0 || timelineEvent.Themes.Any(Themes.Contains))
        && timelineEvent.Date.Overlaps(FromYear, ToYear);

    // Records compare sets by reference; two queries asking for the same events must be equal
    // (the island compares the query a reader picked with the one it shows).
    public bool Equals(TimelineQuery? other) =>
        other is not null
        && Countries.SetEquals(other.Countries)
        && Themes.SetEquals(other.Themes)
        && FromYear == other.FromYear
        && ToYear == other.ToYear;

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var country in Countries.Order())
        {
            hash.Add(country);
        }

        foreach (var theme in Themes.Order())
        {
            hash.Add(theme);
        }

        hash.Add(FromYear);
        hash.Add(ToYear);
        return hash.ToHashCode();
    }
}
