using SocialCreditExplainer.Content.Dates;
using SocialCreditExplainer.Content.Timelines;

namespace SocialCreditExplainer.Content.Tests.Timelines;

public sealed class TimelineDatesTests
{
    [Theory]
    [InlineData("2014-06-14", "2014-06-14")]
    [InlineData("2007-03", "2007-03")]
    [InlineData("1999", "1999")]
    [InlineData("c. 2020", "2020")]
    [InlineData("-356", "-0355")]
    [InlineData("c. -356..-338", "-0355/-0337")]
    [InlineData("2001..2004", "2001/2004")]
    [InlineData("2013-07-16..2013-11", "2013-07-16/2013-11")]
    [InlineData("1950s", "1950/1959")]
    public void IsoFormsKeepPrecisionAndShowSpansAsIntervals(string date, string iso) =>
        Assert.Equal(iso, TimelineDates.ToIsoString(DateSpan.Parse(date)));
}
