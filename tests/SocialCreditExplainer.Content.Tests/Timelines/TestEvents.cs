using SocialCreditExplainer.Content.Dates;
using SocialCreditExplainer.Content.Languages;
using SocialCreditExplainer.Content.Timelines;

namespace SocialCreditExplainer.Content.Tests.Timelines;

/// <summary>Timeline events made in code, with only what a test cares about spelled out.</summary>
internal static class TestEvents
{
    public static TimelineEvent Event(string id, Country country, string date, params TimelineTheme[] themes) => new()
    {
        Id = id,
        Country = country,
        Date = DateSpan.Parse(date),
        Title = new LocalizedText("เหตุการณ์ " + id, "Event " + id),
        Summary = new LocalizedText("สรุป " + id, "Summary of " + id),
        Themes = themes.Length > 0 ? themes : [TimelineTheme.LawPolicy],
        Sources = ["source-" + id],
        Location = new ContentLocation("timelines/test.yaml", 1),
    };

    /// <summary>A small mixed timeline, deliberately out of order.</summary>
    public static IReadOnlyList<TimelineEvent> Sample { get; } =
    [
        Event("th-2023-debate", Country.Thailand, "2023-08-20", TimelineTheme.ParliamentPolitics, TimelineTheme.PublicDebate),
        Event("cn-2014-outline", Country.China, "2014-06-14", TimelineTheme.LawPolicy),
        Event("cn-shang-yang", Country.China, "c. -356..-338", TimelineTheme.LawPolicy),
        Event("cn-grid", Country.China, "2001..2004", TimelineTheme.LawPolicy, TimelineTheme.Pilots),
        Event("th-2018-card", Country.Thailand, "2018", TimelineTheme.Pilots),
        Event("cn-dangan", Country.China, "1950s", TimelineTheme.LawPolicy),
        Event("cn-2013-blacklist", Country.China, "2013-07-16", TimelineTheme.CourtsBlacklists),
        Event("cn-sesame", Country.China, "2015-01-28", TimelineTheme.PrivateScores),
        Event("cn-han-feizi", Country.China, "-233", TimelineTheme.LawPolicy),
    ];

    public static IReadOnlyList<string> Ids(IEnumerable<TimelineEvent> events) => [.. events.Select(e => e.Id)];
}
