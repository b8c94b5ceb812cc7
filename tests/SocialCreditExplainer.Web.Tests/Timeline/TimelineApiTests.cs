using System.Net;
using System.Text.Json;
using SocialCreditExplainer.Web.Tests.Support;

namespace SocialCreditExplainer.Web.Tests.Timeline;

public sealed class TimelineApiTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task TheApiListsTheSameEventsInTheSameOrderAsThePage()
    {
        using var json = await GetJsonAsync("/api/v1/timeline?lang=en");
        var page = TimelineHtml.Parse(await site.CreateClient().GetStringAsync("/en/timeline"));

        var ids = Events(json).Select(e => e.GetProperty("id").GetString()!).ToList();
        Assert.Equal(TimelineHtml.EventIds(page), ids);
        Assert.Equal(ids.Count, json.RootElement.GetProperty("count").GetInt32());
        Assert.Equal(ids.Count, json.RootElement.GetProperty("total").GetInt32());
        Assert.Equal("en", json.RootElement.GetProperty("language").GetString());
    }

    [Fact]
    public async Task AnEventCarriesItsDatePrecisionSourcesArticlesAndPermalink()
    {
        using var json = await GetJsonAsync("/api/v1/timeline/cn-grid-management?lang=th");
        var e = json.RootElement;

        Assert.Equal("china", e.GetProperty("country").GetString());
        Assert.Equal("2001/2004", e.GetProperty("date").GetProperty("iso").GetString());
        Assert.Equal("year", e.GetProperty("date").GetProperty("precision").GetString());
        Assert.Equal("พ.ศ. 2544–2547", e.GetProperty("dateText").GetString());
        Assert.Equal("เริ่มใช้การบริหารจัดการแบบกริด", e.GetProperty("title").GetString());
        Assert.Equal(["law-policy", "pilots"], e.GetProperty("themes").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("/th/sources/wikipedia-social-credit-system", e.GetProperty("sources")[0].GetProperty("url").GetString());
        Assert.StartsWith("/th/articles/", e.GetProperty("articles")[0].GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, e.GetProperty("uncertain").GetProperty("alternatives").GetArrayLength());
        Assert.Equal("/th/timeline#cn-grid-management", e.GetProperty("url").GetString());
    }

    [Fact]
    public async Task ThaiIsTheDefaultLanguageAndIsSentAsCharacters()
    {
        using var client = site.CreateClient();
        var body = await client.GetStringAsync("/api/v1/timeline/cn-grid-management");

        Assert.Contains("เริ่มใช้การบริหารจัดการแบบกริด", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FiltersByCountryThemeAndPeriod()
    {
        using var thailand = await GetJsonAsync("/api/v1/timeline?country=thailand");
        using var pilots = await GetJsonAsync("/api/v1/timeline?theme=pilots&theme=private-scores");
        using var period = await GetJsonAsync("/api/v1/timeline?from=2014&to=2016&lang=en");
        using var bce = await GetJsonAsync("/api/v1/timeline?to=-1");

        Assert.NotEmpty(Events(thailand));
        Assert.All(Events(thailand), e => Assert.Equal("thailand", e.GetProperty("country").GetString()));
        Assert.NotEmpty(Events(pilots));
        Assert.All(Events(pilots), e => Assert.Contains(e.GetProperty("themes").EnumerateArray(), t => t.GetString() is "pilots" or "private-scores"));
        Assert.NotEmpty(Events(period));
        Assert.All(Events(period), e => Assert.Matches("^(201[4-6]|20(0|1)\\d/201[4-9])", e.GetProperty("date").GetProperty("iso").GetString()!));
        Assert.Equal(["cn-shang-yang-reforms"], Events(bce).Select(e => e.GetProperty("id").GetString()));
    }

    [Theory]
    [InlineData("country=mars", "country", "Unknown country 'mars'; use one of: china, thailand.")]
    [InlineData("country=international", "country", "Unknown country 'international'")]
    [InlineData("theme=gossip", "theme", "Unknown theme 'gossip'; use one of: law-policy,")]
    [InlineData("from=2020&to=2010", "from", "'from' (2020) is after 'to' (2010)")]
    [InlineData("from=20x4", "from", "'from' must be a whole year between -9999 and 9999 other than 0")]
    [InlineData("to=0", "to", "There is no year 0")]
    [InlineData("to=99999999999999999999", "to", "'to' must be a whole year")]
    [InlineData("lang=fr", "lang", "Unknown lang 'fr'; use th or en.")]
    public async Task BadParametersAreA400ProblemThatSaysWhatWasWrong(string query, string parameter, string detail)
    {
        using var client = site.CreateClient();
        using var response = await client.GetAsync("/api/v1/timeline?" + query);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(400, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Contains(detail, problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains(detail, problem.RootElement.GetProperty("errors").GetProperty(parameter)[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryBadParameterIsReportedInOneResponse()
    {
        using var client = site.CreateClient();
        using var response = await client.GetAsync("/api/v1/timeline?country=mars&theme=gossip&from=x&lang=de");
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["country", "from", "lang", "theme"], problem.RootElement.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order());
    }

    [Fact]
    public async Task AnUnknownIdIsA404Problem()
    {
        using var client = site.CreateClient();
        using var response = await client.GetAsync("/api/v1/timeline/cn-no-such-event");
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("'cn-no-such-event'", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownLanguageForOneEventIsA400()
    {
        using var client = site.CreateClient();
        using var response = await client.GetAsync("/api/v1/timeline/cn-grid-management?lang=zh");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task TheEndpointsAreInTheOpenApiDocument()
    {
        using var json = await GetJsonAsync("/openapi/v1.json");
        var paths = json.RootElement.GetProperty("paths");

        Assert.Equal("ListTimelineEvents", paths.GetProperty("/api/v1/timeline").GetProperty("get").GetProperty("operationId").GetString());
        Assert.Equal("GetTimelineEvent", paths.GetProperty("/api/v1/timeline/{id}").GetProperty("get").GetProperty("operationId").GetString());
        Assert.Equal("DownloadTimelineCsv", paths.GetProperty("/api/v1/timeline.csv").GetProperty("get").GetProperty("operationId").GetString());
        Assert.Equal("DownloadTimelineJson", paths.GetProperty("/api/v1/timeline.json").GetProperty("get").GetProperty("operationId").GetString());
        var list = paths.GetProperty("/api/v1/timeline").GetProperty("get");
        Assert.Equal(["country", "theme", "from", "to", "lang"], list.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        Assert.True(list.GetProperty("responses").TryGetProperty("400", out _));
        Assert.True(paths.GetProperty("/api/v1/timeline/{id}").GetProperty("get").GetProperty("responses").TryGetProperty("404", out _));
    }

    async Task<JsonDocument> GetJsonAsync(string path)
    {
        using var client = site.CreateClient();
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    static IEnumerable<JsonElement> Events(JsonDocument json) => json.RootElement.GetProperty("events").EnumerateArray();
}
