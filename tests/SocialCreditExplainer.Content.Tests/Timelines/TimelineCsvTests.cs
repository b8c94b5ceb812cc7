using SocialCreditExplainer.Content.Timelines.Export;

namespace SocialCreditExplainer.Content.Tests.Timelines;

public sealed class TimelineCsvTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("การปฏิรูป", "การปฏิรูป")]
    [InlineData("a, b", "\"a, b\"")]
    [InlineData("the \"Social Credit\" idea", "\"the \"\"Social Credit\"\" idea\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("cr\r", "\"cr\r\"")]
    [InlineData("", "")]
    public void FieldsAreQuotedOnlyWhenRfc4180NeedsIt(string value, string expected) =>
        Assert.Equal(expected, TimelineCsv.Field(value));

    [Fact]
    public void RowsEndWithCrLfAndStartWithTheHeader()
    {
        var download = new TimelineDownload("v1", TimelineExport.Licence, 1,
        [
            new TimelineDownloadEvent(
                "cn-test",
                "china",
                new TimelineDateRecord("2014-06-14", "2014-06-14", null, "day", false),
                new BilingualText("14 มิถุนายน 2557", "14 June 2014"),
                new BilingualText("ชื่อ, เรื่อง", "A \"quoted\" title"),
                new BilingualText("บรรทัดแรก\nบรรทัดสอง", "Summary"),
                ["law-policy", "pilots"],
                [new TimelineSourceRecord("src-a", "Title A", "Pub", "https://example.org/en/sources/src-a")],
                ["what-is-social-credit"],
                null,
                new BilingualText("https://example.org/th/timeline#cn-test", "https://example.org/en/timeline#cn-test")),
        ]);

        var csv = TimelineCsv.Write(download);

        Assert.StartsWith(string.Join(',', TimelineCsv.Columns) + "\r\n", csv, StringComparison.Ordinal);
        Assert.EndsWith("\r\n", csv, StringComparison.Ordinal);
        Assert.Contains(",\"ชื่อ, เรื่อง\",\"A \"\"quoted\"\" title\",\"บรรทัดแรก\nบรรทัดสอง\",Summary,law-policy; pilots,src-a,Title A,what-is-social-credit,false,,,,", csv, StringComparison.Ordinal);
    }
}
