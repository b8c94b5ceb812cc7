using SocialCreditExplainer.Content.Timelines;

namespace SocialCreditExplainer.Content.Tests.Timelines;

public sealed class TimelineQueryParserTests
{
    [Fact]
    public void AnEmptyQueryStringAsksForEverything()
    {
        var result = TimelineQueryParser.Parse([], [], null, " ");

        Assert.True(result.IsValid);
        Assert.True(result.Query!.IsAll);
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void RepeatedAndCommaSeparatedValuesAreReadAlike()
    {
        var repeated = TimelineQueryParser.Parse(["china", "thailand"], ["pilots", "law-policy"], "2001", "2014").Query;
        var commas = TimelineQueryParser.Parse(["china, thailand"], ["pilots,law-policy"], " 2001 ", "2014").Query;

        Assert.NotNull(repeated);
        Assert.Equal(repeated, commas);
        Assert.Equal([Country.China, Country.Thailand], repeated.Countries.Order());
        Assert.Equal([TimelineTheme.LawPolicy, TimelineTheme.Pilots], repeated.Themes.Order());
        Assert.Equal(2001, repeated.FromYear);
        Assert.Equal(2014, repeated.ToYear);
    }

    [Theory]
    [InlineData("CHINA")]
    [InlineData("Thailand")]
    public void NamesIgnoreCase(string country) =>
        Assert.True(TimelineQueryParser.Parse([country], [], null, null).IsValid);

    [Theory]
    [InlineData("mars")]
    [InlineData("international")]
    [InlineData("cn")]
    public void AnUnknownCountryIsReportedWithTheCountriesThatExist(string country)
    {
        var result = TimelineQueryParser.Parse([country], [], null, null);

        Assert.Null(result.Query);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(TimelineQueryProblemKind.UnknownCountry, problem.Kind);
        Assert.Equal("country", problem.Parameter);
        Assert.Equal(country, problem.Value);
        Assert.Contains($"'{country}'", problem.Detail, StringComparison.Ordinal);
        Assert.Contains("china, thailand", problem.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("international", problem.Detail.Replace($"'{country}'", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownThemeIsReportedWithEveryTheme()
    {
        var problem = Assert.Single(TimelineQueryParser.Parse([], ["pilots", "gossip"], null, null).Problems);

        Assert.Equal(TimelineQueryProblemKind.UnknownTheme, problem.Kind);
        Assert.Equal("gossip", problem.Value);
        Assert.Contains("law-policy, pilots, courts-blacklists, private-scores, parliament-politics, public-debate", problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void FromAfterToIsReportedWithBothYears()
    {
        var result = TimelineQueryParser.Parse([], [], "2020", "2010");

        Assert.Null(result.Query);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(TimelineQueryProblemKind.FromAfterTo, problem.Kind);
        Assert.Contains("'from' (2020) is after 'to' (2010)", problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSameYearAtBothEndsIsOnePeriodNotAnError() =>
        Assert.Equal(2014, TimelineQueryParser.Parse([], [], "2014", "2014").Query?.ToYear);

    [Fact]
    public void BceYearsAreNegativeAndComeBeforeCeYears()
    {
        var query = TimelineQueryParser.Parse([], [], "-356", "1").Query;

        Assert.Equal(-356, query?.FromYear);
        Assert.Equal(1, query?.ToYear);
        Assert.False(TimelineQueryParser.Parse([], [], "1", "-356").IsValid);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("2014.5")]
    [InlineData("1e3")]
    [InlineData("2,014")]
    [InlineData("10000")]
    [InlineData("-10000")]
    [InlineData("99999999999999999999")]
    [InlineData("2014-06")]
    [InlineData("+-1")]
    public void AMalformedYearIsReportedWithTheValueGiven(string year)
    {
        var problem = Assert.Single(TimelineQueryParser.Parse([], [], null, year).Problems);

        Assert.Equal(TimelineQueryProblemKind.MalformedYear, problem.Kind);
        Assert.Equal("to", problem.Parameter);
        Assert.Contains($"'to' must be a whole year", problem.Detail, StringComparison.Ordinal);
        Assert.Contains(year, problem.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-0")]
    [InlineData("+0")]
    public void ThereIsNoYearZero(string year)
    {
        var problem = Assert.Single(TimelineQueryParser.Parse([], [], year, null).Problems);

        Assert.Equal(TimelineQueryProblemKind.MalformedYear, problem.Kind);
        Assert.Contains("There is no year 0", problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void AVeryLongValueIsShortenedInTheMessage()
    {
        var problem = Assert.Single(TimelineQueryParser.Parse([new string('x', 500)], [], null, null).Problems);

        Assert.True(problem.Detail.Length < 200, problem.Detail);
        Assert.EndsWith("…", problem.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryProblemIsReportedAtOnce()
    {
        var result = TimelineQueryParser.Parse(["mars"], ["gossip"], "abc", "0", "xx");

        Assert.Equal(
            [TimelineQueryProblemKind.UnknownEra, TimelineQueryProblemKind.UnknownCountry, TimelineQueryProblemKind.UnknownTheme, TimelineQueryProblemKind.MalformedYear, TimelineQueryProblemKind.MalformedYear],
            result.Problems.Select(p => p.Kind));
        Assert.Same(TimelineQuery.All, result.QueryOrAll);
    }

    [Theory]
    [InlineData("2557", 2014)]
    [InlineData("2564", 2021)]
    [InlineData("544", 1)]
    [InlineData("543", -1)]
    [InlineData("188", -356)]
    [InlineData("1", -543)]
    [InlineData("๒๕๕๗", 2014)]
    public void BuddhistEraYearsBecomeHistoricalYearsWithNoYearZero(string be, int historical) =>
        Assert.Equal(historical, TimelineQueryParser.Parse([], [], be, null, "be").Query?.FromYear);

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("10000")]
    public void ABuddhistEraYearBelowOneOrTooLargeIsMalformed(string be)
    {
        var problem = Assert.Single(TimelineQueryParser.Parse([], [], be, null, "BE").Problems);

        Assert.Equal(TimelineQueryProblemKind.MalformedYear, problem.Kind);
        Assert.Contains("Buddhist Era", problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void BuddhistEraFromAfterToIsComparedAfterConversion()
    {
        Assert.False(TimelineQueryParser.Parse([], [], "2563", "2557", "be").IsValid);
        Assert.Equal((2014, 2020), TimelineQueryParser.Parse([], [], "2557", "2563", "be").Query is { } q ? (q.FromYear, q.ToYear) : default);
    }

    [Fact]
    public void AnUnknownEraIsReported()
    {
        var problem = Assert.Single(TimelineQueryParser.Parse([], [], "2014", null, "ad").Problems);

        Assert.Equal(TimelineQueryProblemKind.UnknownEra, problem.Kind);
        Assert.Equal("era", problem.Parameter);
    }

    [Fact]
    public void TheQueryStringOfAQueryParsesBackToTheSameQuery()
    {
        var query = new TimelineQuery
        {
            Countries = new HashSet<Country> { Country.Thailand, Country.China },
            Themes = new HashSet<TimelineTheme> { TimelineTheme.PublicDebate, TimelineTheme.CourtsBlacklists },
            FromYear = -356,
            ToYear = 2021,
        };

        var pairs = TimelineQueryParser.ToQueryString(query).ToList();
        var parsed = TimelineQueryParser.Parse(
            pairs.Where(p => p.Key == "country").Select(p => p.Value),
            pairs.Where(p => p.Key == "theme").Select(p => p.Value),
            pairs.Single(p => p.Key == "from").Value,
            pairs.Single(p => p.Key == "to").Value);

        Assert.Equal("country=china&country=thailand&theme=courts-blacklists&theme=public-debate&from=-356&to=2021", string.Join('&', pairs.Select(p => $"{p.Key}={p.Value}")));
        Assert.Equal(query, parsed.Query);
    }

    [Fact]
    public void FromBuddhistEraRejectsYearsBeforeBeOne() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => TimelineQueryParser.FromBuddhistEra(0));
}
