using SocialCreditExplainer.Content.Dates;

namespace SocialCreditExplainer.Content.Tests.Dates;

public sealed class BuddhistEraTests
{
    [Theory]
    [InlineData(2018, 2561)]
    [InlineData(1, 544)]
    [InlineData(-1, 543)]
    [InlineData(-356, 188)]
    [InlineData(-543, 1)]
    [InlineData(-544, 0)]
    public void HistoricalYearsMapToTheBuddhistEraWithNoYearZero(int year, int expected) =>
        Assert.Equal(expected, BuddhistEra.FromHistoricalYear(year));

    [Fact]
    public void YearZeroDoesNotExist() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => BuddhistEra.FromHistoricalYear(0));
}
