using SocialCreditExplainer.Content.Dates;
using SocialCreditExplainer.Content.Languages;

namespace SocialCreditExplainer.Content.Timelines;

/// <summary>
/// Filters, orders and groups timeline events. Plain C# over the snapshot so the page, the
/// interactive island, the API and the exports all give the same answer for the same query.
/// </summary>
public static class TimelineService
{
    /// <summary>The countries that have a timeline, in the order the page shows them (China first, as on wide screens).</summary>
    public static IReadOnlyList<Country> Countries { get; } = [Country.China, Country.Thailand];

    /// <summary>The matching events of both countries merged in date order (earliest first).</summary>
    public static IReadOnlyList<TimelineEvent> Filter(IEnumerable<TimelineEvent> events, TimelineQuery query) =>
        [.. InDateOrder(events.Where(query.Matches))];

    /// <summary>
    /// Date order: by start (BCE before CE, no year 0), then the shorter span first (a point in time
    /// before a range starting with it), then by id so equal dates always come out the same way.
    /// </summary>
    public static IEnumerable<TimelineEvent> InDateOrder(IEnumerable<TimelineEvent> events) =>
        events.OrderBy(e => e.Date.Start.SortKey)
            .ThenBy(e => EndKey(e.Date))
            .ThenBy(e => e.Id, StringComparer.Ordinal);

    /// <summary>The matching events split by country, each in date order, for side-by-side reading.</summary>
    public static IReadOnlyDictionary<Country, IReadOnlyList<TimelineEvent>> ByCountry(IEnumerable<TimelineEvent> events, TimelineQuery query)
    {
        var filtered = Filter(events, query);
        return Countries.ToDictionary(c => c, c => (IReadOnlyList<TimelineEvent>)[.. filtered.Where(e => e.Country == c)]);
    }

    /// <summary>
    /// Groups events by the year (or decade) they start in, earliest first, each group in date
    /// order and labelled for a reader of the language: <c>พ.ศ. 2557</c>, <c>2014</c>, <c>356 BCE</c>,
    /// <c>the 1950s</c>. A decade is its own group: an event of "the 1950s" did not happen in 1950.
    /// </summary>
    public static IReadOnlyList<TimelineYearGroup> GroupByYear(IEnumerable<TimelineEvent> events, SiteLanguage language) =>
        [.. InDateOrder(events)
            .GroupBy(e => (e.Date.FirstYear, Decade: e.Date.Start.Precision == DatePrecision.Decade))
            .Select(g => new TimelineYearGroup(g.Key.FirstYear, YearLabel(g.First().Date.Start, g.Key.Decade, language), [.. g]))];

    // Where a span ends in time; a decade ends with its last year, not its first.
    static long EndKey(DateSpan date)
    {
        var end = date.End ?? date.Start;
        return end.Precision == DatePrecision.Decade ? HistoricalDate.OfYear(end.LastYear).SortKey : end.SortKey;
    }

    static string YearLabel(HistoricalDate start, bool decade, SiteLanguage language)
    {
        if (decade)
        {
            return ReaderDateFormatter.Format(start, language);
        }

        var year = ReaderDateFormatter.Year(start.Year, language);
        return language == SiteLanguage.Thai && !year.StartsWith("ก่อน", StringComparison.Ordinal) ? "พ.ศ. " + year : year;
    }
}
