namespace SocialCreditExplainer.Content.Timelines;

/// <summary>
/// A ready-made period readers pick with one click or link: inclusive historical years, either
/// end open. The presets follow the story's turning points: the People's Republic (1949), the
/// State Council's first opinions (2007), the 2014–2020 planning outline, and what came after.
/// </summary>
public sealed record TimelinePeriod(int? FromYear, int? ToYear)
{
    public static IReadOnlyList<TimelinePeriod> Presets { get; } =
    [
        new(null, 1948),
        new(1949, 2006),
        new(2007, 2013),
        new(2014, 2020),
        new(2021, null),
    ];

    /// <summary>Whether the query asks for exactly this period.</summary>
    public bool IsSelectedIn(TimelineQuery query) => query.FromYear == FromYear && query.ToYear == ToYear;

    /// <summary>The query with this period in place of its years, keeping its countries and themes.</summary>
    public TimelineQuery ApplyTo(TimelineQuery query) => query with { FromYear = FromYear, ToYear = ToYear };
}
