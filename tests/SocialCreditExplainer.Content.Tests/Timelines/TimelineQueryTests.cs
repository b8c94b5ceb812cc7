using SocialCreditExplainer.Content.Timelines;
using static SocialCreditExplainer.Content.Tests.Timelines.TestEvents;

namespace SocialCreditExplainer.Content.Tests.Timelines;

public sealed class TimelineQueryTests
{
    [Fact]
    public void QueriesAskingForTheSameEventsAreEqual()
    {
        var a = new TimelineQuery { Countries = new HashSet<Country> { Country.China, Country.Thailand }, FromYear = 2014 };
        var b = new TimelineQuery { Countries = new HashSet<Country> { Country.Thailand, Country.China }, FromYear = 2014 };

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, b with { ToYear = 2020 });
        Assert.NotEqual(a, b with { Themes = new HashSet<TimelineTheme> { TimelineTheme.Pilots } });
    }

    [Fact]
    public void OnlyTheEmptyQueryIsAll()
    {
        Assert.True(new TimelineQuery().IsAll);
        Assert.False(new TimelineQuery { ToYear = 1948 }.IsAll);
    }

    [Fact]
    public void AnEventMatchesWhenEveryKindOfFilterLetsItThrough()
    {
        var grid = Event("cn-grid", Country.China, "2001..2004", TimelineTheme.LawPolicy, TimelineTheme.Pilots);

        Assert.True(new TimelineQuery { Countries = new HashSet<Country> { Country.China }, Themes = new HashSet<TimelineTheme> { TimelineTheme.Pilots }, FromYear = 2004 }.Matches(grid));
        Assert.False(new TimelineQuery { Countries = new HashSet<Country> { Country.Thailand } }.Matches(grid));
        Assert.False(new TimelineQuery { Themes = new HashSet<TimelineTheme> { TimelineTheme.PrivateScores } }.Matches(grid));
        Assert.False(new TimelineQuery { FromYear = 2005 }.Matches(grid));
        Assert.False(new TimelineQuery { ToYear = 2000 }.Matches(grid));
    }

    [Fact]
    public void APeriodPresetReplacesOnlyTheYears()
    {
        var query = new TimelineQuery { Countries = new HashSet<Country> { Country.China }, FromYear = 1, ToYear = 2 };
        var preset = TimelinePeriod.Presets[^1];

        var applied = preset.ApplyTo(query);

        Assert.Equal(new TimelineQuery { Countries = new HashSet<Country> { Country.China }, FromYear = 2021 }, applied);
        Assert.True(preset.IsSelectedIn(applied));
        Assert.False(preset.IsSelectedIn(query));
    }

    [Fact]
    public void PeriodPresetsFollowEachOtherWithoutGapsOrOverlaps()
    {
        var presets = TimelinePeriod.Presets;

        Assert.Null(presets[0].FromYear);
        Assert.Null(presets[^1].ToYear);
        for (var i = 1; i < presets.Count; i++)
        {
            Assert.Equal(presets[i - 1].ToYear + 1, presets[i].FromYear);
        }
    }
}
