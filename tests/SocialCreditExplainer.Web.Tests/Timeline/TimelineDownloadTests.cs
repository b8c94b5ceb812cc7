using System.Net;
using System.Text;
using System.Text.Json;
using SocialCreditExplainer.Content.Timelines.Export;
using SocialCreditExplainer.Web.Tests.Support;

namespace SocialCreditExplainer.Web.Tests.Timeline;

public sealed class TimelineDownloadTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task TheCsvParsesBackToAHeaderAndOneRowPerEvent()
    {
        using var client = site.CreateClient();
        using var response = await client.GetAsync("/api/v1/timeline.csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var ids = await EventIdsAsync(client);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);

        var rows = Csv.Parse(new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, 3, bytes.Length - 3));
        Assert.Equal(TimelineCsv.Columns, rows[0]);
        Assert.Equal(ids.Count, rows.Count - 1);
        Assert.All(rows, row => Assert.Equal(TimelineCsv.Columns.Count, row.Count));
        Assert.Equal(ids, rows.Skip(1).Select(r => r[0]));

        var shangYang = rows.Single(r => r[0] == "cn-shang-yang-reforms");
        var column = (string name) => shangYang[TimelineCsv.Columns.ToList().IndexOf(name)];
        Assert.Equal("-0355/-0337", column("date_iso"));
        Assert.Equal("true", column("date_circa"));
        Assert.Equal("ประมาณ พ.ศ. 188–206", column("date_th"));
        Assert.Equal("c. 356–338 BCE", column("date_en"));
        Assert.Equal("การปฏิรูปแบบนิตินิยมของซางยางในแคว้นฉิน", column("title_th"));
        Assert.Equal("Shang Yang's Legalist reforms in the state of Qin", column("title_en"));
        Assert.StartsWith("chinaculture-shang-yang; ", column("sources"), StringComparison.Ordinal);
        Assert.EndsWith("/th/timeline#cn-shang-yang-reforms", column("permalink_th"), StringComparison.Ordinal);
        Assert.StartsWith("http", column("permalink_th"), StringComparison.Ordinal);

        // A summary with quotation marks survives the round trip exactly.
        Assert.Contains(rows, r => r[TimelineCsv.Columns.ToList().IndexOf("summary_en")].Contains('"', StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheJsonDownloadHasEveryEventInBothLanguages()
    {
        using var client = site.CreateClient();
        using var response = await client.GetAsync("/api/v1/timeline.json");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var ids = await EventIdsAsync(client);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        var events = json.RootElement.GetProperty("events").EnumerateArray().ToList();
        Assert.Equal(ids.Count, json.RootElement.GetProperty("count").GetInt32());
        Assert.Equal(ids, events.Select(e => e.GetProperty("id").GetString()));
        Assert.All(events, e =>
        {
            Assert.False(string.IsNullOrWhiteSpace(e.GetProperty("title").GetProperty("th").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(e.GetProperty("title").GetProperty("en").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(e.GetProperty("summary").GetProperty("th").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(e.GetProperty("date").GetProperty("iso").GetString()));
            Assert.NotEqual(0, e.GetProperty("sources").GetArrayLength());
            Assert.NotEqual(0, e.GetProperty("themes").GetArrayLength());
        });
        Assert.Equal("CC BY 4.0", json.RootElement.GetProperty("licence").GetString());
    }

    static async Task<List<string>> EventIdsAsync(HttpClient client)
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/v1/timeline"));
        return [.. json.RootElement.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("id").GetString()!)];
    }
}
