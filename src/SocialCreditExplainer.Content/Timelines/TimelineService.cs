using SocialCreditExplainer.Content.Languages;

namespace SocialCreditExplainer.Content.Timelines;

/// <summary>
/// Filters, orders and groups timeline events. Plain C# over the snapshot so the page, the
/// interactive island, the API and the exports all give the same answer for the same query.
/// </summary>
public static class TimelineService
{
    /// <summary>The matching events of both countries merged in date order (earliest first).</summary>
    public static IReadOnlyList<TimelineEvent> Filter(IEnumerable<TimelineEvent> events, TimelineQuery query) =>
        [.. events.Where(query.Matches).OrderBy(e => e.Date.Start.SortKey).ThenBy(e => e.Id, StringComparer.Ordinal)];

    /// <summary>The matching events split by country, each in date order, for side-by-side reading.</summary>
    public static IReadOnlyDictionary<Country, IReadOnlyList<TimelineEvent>> ByCountry(IEnumerable<TimelineEvent> events, TimelineQuery query)
    {
        var filtered = Filter(events, query);
        return new[] { Country.China, Country.Thailand }
            .ToDictionary(c => c, c => (IReadOnlyList<TimelineEvent>)[.. filtered.Where(e => e.Country == c)]);
    }

    /// <summary>Groups events in date order by the first year they cover, as shown to a reader of the language.</summary>
    public static IReadOnlyList<(string Label, IReadOnlyList<TimelineEvent> Events)> GroupByYear(IReadOnlyList<TimelineEvent> events, SiteLanguage language) =>
        [.. events.GroupBy(e => e.Date.FirstYear)
            .OrderBy(g => g.First().Date.Start.SortKey)
            .Select(g => (Dates.ReaderDateFormatter.Year(g.Key, language), (IReadOnlyList<TimelineEvent>)[.. g]))];
}
