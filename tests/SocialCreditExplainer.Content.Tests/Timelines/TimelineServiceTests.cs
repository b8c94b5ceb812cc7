using SocialCreditExplainer.Content.Languages;
using SocialCreditExplainer.Content.Timelines;
using static SocialCreditExplainer.Content.Tests.Timelines.TestEvents;

namespace SocialCreditExplainer.Content.Tests.Timelines;

public sealed class TimelineServiceTests
{
    [Fact]
    public void EventsComeOutInDateOrderWithBceBeforeCe()
    {
        var ids = Ids(TimelineService.Filter(Sample, TimelineQuery.All));

        Assert.Equal(
            ["cn-shang-yang", "cn-han-feizi", "cn-dangan", "cn-grid", "cn-2013-blacklist", "cn-2014-outline", "cn-sesame", "th-2018-card", "th-2023-debate"],
            ids);
    }

    [Fact]
    public void OneBceYearComesRightBeforeOneCe()
    {
        var events = new[] { Event("one-ce", Country.China, "1"), Event("one-bce", Country.China, "-1"), Event("two-bce", Country.China, "-2") };

        Assert.Equal(["two-bce", "one-bce", "one-ce"], Ids(TimelineService.Filter(events, TimelineQuery.All)));
    }

    [Fact]
    public void EqualStartsPutTheShorterSpanFirstThenGoByIdWhateverTheInputOrder()
    {
        var events = new[]
        {
            Event("b-range", Country.China, "2014..2016"),
            Event("z-year", Country.Thailand, "2014"),
            Event("a-year", Country.China, "2014"),
            Event("c-day", Country.China, "2014-01-01"),
        };

        var forwards = Ids(TimelineService.Filter(events, TimelineQuery.All));
        var backwards = Ids(TimelineService.Filter(events.Reverse(), TimelineQuery.All));

        Assert.Equal(["a-year", "z-year", "b-range", "c-day"], forwards);
        Assert.Equal(forwards, backwards);
    }

    [Fact]
    public void FilteringByCountryKeepsOnlyThatCountry()
    {
        var query = new TimelineQuery { Countries = new HashSet<Country> { Country.Thailand } };

        Assert.Equal(["th-2018-card", "th-2023-debate"], Ids(TimelineService.Filter(Sample, query)));
    }

    [Fact]
    public void FilteringByThemesKeepsEventsWithAnyOfThem()
    {
        var query = new TimelineQuery { Themes = new HashSet<TimelineTheme> { TimelineTheme.Pilots, TimelineTheme.PrivateScores } };

        Assert.Equal(["cn-grid", "cn-sesame", "th-2018-card"], Ids(TimelineService.Filter(Sample, query)));
    }

    [Fact]
    public void FiltersCombineAcrossKinds()
    {
        var query = new TimelineQuery
        {
            Countries = new HashSet<Country> { Country.China },
            Themes = new HashSet<TimelineTheme> { TimelineTheme.Pilots },
            FromYear = 2000,
        };

        Assert.Equal(["cn-grid"], Ids(TimelineService.Filter(Sample, query)));
    }

    [Theory]
    [InlineData(2003, 2003, "cn-grid")]
    [InlineData(2004, 2013, "cn-grid,cn-2013-blacklist")]
    [InlineData(1955, 1955, "cn-dangan")]
    [InlineData(-340, -300, "cn-shang-yang")]
    [InlineData(-400, -200, "cn-shang-yang,cn-han-feizi")]
    [InlineData(2024, null, "")]
    [InlineData(null, -300, "cn-shang-yang")]
    public void APeriodKeepsEveryEventOverlappingItBothEndsIncluded(int? from, int? to, string expected)
    {
        var query = new TimelineQuery { FromYear = from, ToYear = to };

        Assert.Equal(expected, string.Join(',', Ids(TimelineService.Filter(Sample, query))));
    }

    [Fact]
    public void ByCountrySplitsTheFilteredEventsKeepingDateOrder()
    {
        var byCountry = TimelineService.ByCountry(Sample, new TimelineQuery { FromYear = 2013 });

        Assert.Equal([Country.China, Country.Thailand], byCountry.Keys);
        Assert.Equal(["cn-2013-blacklist", "cn-2014-outline", "cn-sesame"], Ids(byCountry[Country.China]));
        Assert.Equal(["th-2018-card", "th-2023-debate"], Ids(byCountry[Country.Thailand]));
    }

    [Fact]
    public void ByCountryHasAnEmptyColumnRatherThanNoColumn()
    {
        var byCountry = TimelineService.ByCountry(Sample, new TimelineQuery { Countries = new HashSet<Country> { Country.China } });

        Assert.Empty(byCountry[Country.Thailand]);
    }

    [Fact]
    public void GroupsByYearAreInDateOrderAndLabelledInTheReadersEra()
    {
        var events = new[]
        {
            Event("b", Country.Thailand, "2014-09"),
            Event("a", Country.China, "2014-06-14"),
            Event("c", Country.China, "-356"),
            Event("d", Country.China, "1950s"),
            Event("e", Country.China, "1950"),
        };

        var thai = TimelineService.GroupByYear(events, SiteLanguage.Thai);
        var english = TimelineService.GroupByYear(events, SiteLanguage.English);

        Assert.Equal(["พ.ศ. 188", "พ.ศ. 2493", "ช่วง พ.ศ. 2493–2502", "พ.ศ. 2557"], thai.Select(g => g.Label));
        Assert.Equal(["356 BCE", "1950", "the 1950s", "2014"], english.Select(g => g.Label));
        Assert.Equal(["a", "b"], Ids(english[^1].Events));
        Assert.Equal([-356, 1950, 1950, 2014], english.Select(g => g.Year));
    }

    [Fact]
    public void AYearBeforeBuddhistEraOneIsLabelledAsSuch()
    {
        var group = Assert.Single(TimelineService.GroupByYear([Event("old", Country.China, "-600")], SiteLanguage.Thai));

        Assert.Equal("ก่อน พ.ศ. 57", group.Label);
    }
}
