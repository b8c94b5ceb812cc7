using SocialCreditExplainer.Content.Dates;
using SocialCreditExplainer.Content.Languages;

namespace SocialCreditExplainer.Content.Tests.Dates;

public sealed class DateSpanTests
{
    [Theory]
    [InlineData("c. -356..-338", "ประมาณ พ.ศ. 188–206", "c. 356–338 BCE")]
    [InlineData("2014-06-14", "14 มิถุนายน 2557", "14 June 2014")]
    [InlineData("2001..2004", "พ.ศ. 2544–2547", "2001–2004")]
    [InlineData("1950s", "ช่วง พ.ศ. 2493–2502", "the 1950s")]
    [InlineData("2013-07-16..2013-11", "16 กรกฎาคม 2556–พฤศจิกายน 2556", "16 July 2013–November 2013")]
    public void SpansFormatAsPreciselyAsKnown(string text, string thai, string english)
    {
        var span = DateSpan.Parse(text);
        Assert.Equal(thai, span.Format(SiteLanguage.Thai));
        Assert.Equal(english, span.Format(SiteLanguage.English));
    }

    [Theory]
    [InlineData("")]
    [InlineData("2014-13")]
    [InlineData("2014-02-30")]
    [InlineData("0")]
    [InlineData("2004..2001")]
    [InlineData("yesterday")]
    [InlineData("2014-6-1")]
    public void MalformedDatesAreRejected(string text) => Assert.False(DateSpan.TryParse(text, out _));

    [Fact]
    public void BceDatesSortBeforeCeDatesWithNoGapAtYearZero()
    {
        var keys = new[] { "-356", "-1", "1", "2014" }.Select(t => DateSpan.Parse(t).Start.SortKey).ToList();
        Assert.Equal(keys.Order().ToList(), keys);
    }

    [Fact]
    public void IsoFormUsesAstronomicalYearsForBce()
    {
        Assert.Equal("-0355", DateSpan.Parse("-356").Start.ToIsoString());
        Assert.Equal("0001", DateSpan.Parse("1").Start.ToIsoString());
    }

    [Theory]
    [InlineData("2001..2004", 2003, 2010, true)]
    [InlineData("2001..2004", 2005, null, false)]
    [InlineData("1950s", 1955, 1955, true)]
    [InlineData("c. -356..-338", null, -340, true)]
    public void OverlapsUsesEveryYearTheSpanCovers(string text, int? from, int? to, bool expected) =>
        Assert.Equal(expected, DateSpan.Parse(text).Overlaps(from, to));
}
