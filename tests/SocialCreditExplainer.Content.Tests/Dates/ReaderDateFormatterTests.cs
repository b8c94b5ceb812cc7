using SocialCreditExplainer.Content.Dates;
using SocialCreditExplainer.Content.Languages;

namespace SocialCreditExplainer.Content.Tests.Dates;

public sealed class ReaderDateFormatterTests
{
    [Fact]
    public void ThaiDatesAreInTheBuddhistEra() =>
        Assert.Equal("13 ตุลาคม 2561", ReaderDateFormatter.Format(new DateOnly(2018, 10, 13), SiteLanguage.Thai));

    [Fact]
    public void EnglishDatesAreInTheCommonEra() =>
        Assert.Equal("13 October 2018", ReaderDateFormatter.Format(new DateOnly(2018, 10, 13), SiteLanguage.English));

    [Theory]
    [InlineData(2018, 12, 31, "31 ธันวาคม 2561", "31 December 2018")]
    [InlineData(2019, 1, 1, "1 มกราคม 2562", "1 January 2019")]
    [InlineData(2024, 2, 29, "29 กุมภาพันธ์ 2567", "29 February 2024")]
    public void YearBoundariesAndLeapDaysFormatInBothCalendars(int year, int month, int day, string thai, string english)
    {
        var date = new DateOnly(year, month, day);
        Assert.Equal(thai, ReaderDateFormatter.Format(date, SiteLanguage.Thai));
        Assert.Equal(english, ReaderDateFormatter.Format(date, SiteLanguage.English));
    }

    [Theory]
    [InlineData("2014-06", "มิถุนายน 2557", "June 2014")]
    [InlineData("2007", "2550", "2007")]
    [InlineData("-356", "188", "356 BCE")]
    public void DatesShowOnlyThePrecisionKnown(string text, string thai, string english)
    {
        Assert.True(HistoricalDate.TryParse(text, out var date));
        Assert.Equal(thai, ReaderDateFormatter.Format(date!, SiteLanguage.Thai));
        Assert.Equal(english, ReaderDateFormatter.Format(date!, SiteLanguage.English));
    }

    [Fact]
    public void ThaiFormattingDoesNotDependOnTheMachineCulture()
    {
        var saved = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("th-TH");
            Assert.Equal("13 October 2018", ReaderDateFormatter.Format(new DateOnly(2018, 10, 13), SiteLanguage.English));
            Assert.Equal("2018-10-13", HistoricalDate.OfDay(2018, 10, 13).ToIsoString());
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = saved;
        }
    }
}
