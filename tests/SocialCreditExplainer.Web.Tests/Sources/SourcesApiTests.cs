using System.Net;
using System.Text.Json;
using SocialCreditExplainer.Content;
using SocialCreditExplainer.Content.Sources;
using SocialCreditExplainer.Web.Tests.Support;

namespace SocialCreditExplainer.Web.Tests.Sources;

/// <summary><c>GET /api/v1/sources</c> and <c>GET /api/v1/sources/{id}</c>, and their place in the OpenAPI document.</summary>
public sealed class SourcesApiTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task TheListHasEverySourceWithItsDateAsIsoAndItsPrecision()
    {
        var snapshot = SourcePages.Snapshot(site);

        using var json = await GetJson("/api/v1/sources", HttpStatusCode.OK);

        var sources = json.RootElement.GetProperty("sources").EnumerateArray().ToList();
        Assert.Equal(snapshot.Sources.Count, json.RootElement.GetProperty("count").GetInt32());
        Assert.Equal(snapshot.Sources.Select(s => s.Id), sources.Select(s => s.GetProperty("id").GetString()));

        var opinions = sources.Single(s => s.GetProperty("id").GetString() == "creemers-2007-opinions");
        Assert.Equal("government-document", opinions.GetProperty("type").GetString());
        Assert.Equal("china", opinions.GetProperty("country").GetString());
        Assert.Equal("2007-03", opinions.GetProperty("published").GetProperty("date").GetString());
        Assert.Equal("month", opinions.GetProperty("published").GetProperty("precision").GetString());
        Assert.Equal("/th/sources/creemers-2007-opinions", opinions.GetProperty("links").GetProperty("th").GetString());
        Assert.Equal("/api/v1/sources/creemers-2007-opinions", opinions.GetProperty("links").GetProperty("self").GetString());

        var undated = sources.First(s => s.GetProperty("published").ValueKind == JsonValueKind.Null);
        Assert.Null(snapshot.FindSource(undated.GetProperty("id").GetString()!)!.Published);
    }

    [Fact]
    public async Task FiltersCombine()
    {
        var snapshot = SourcePages.Snapshot(site);
        var expected = snapshot.Sources
            .Where(s => s.Country == Country.Thailand && s.Language == "th" && s.Type == SourceType.GovernmentDocument)
            .Select(s => s.Id)
            .ToList();
        Assert.NotEmpty(expected);

        using var json = await GetJson("/api/v1/sources?country=thailand&language=th&type=government-document", HttpStatusCode.OK);

        Assert.Equal(expected, json.RootElement.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("id").GetString()));
    }

    [Theory]
    [InlineData("country=mars", "country", "china, thailand, international")]
    [InlineData("language=klingon", "language", "en")]
    [InlineData("type=tweet", "type", "think-tank")]
    [InlineData("country=china&country=thailand", "country", "china")]
    public async Task AnUnknownFilterValueIsA400ThatSaysWhatIsAllowed(string query, string parameter, string allowed)
    {
        using var json = await GetJson("/api/v1/sources?" + query, HttpStatusCode.BadRequest, "application/problem+json");

        Assert.Equal(400, json.RootElement.GetProperty("status").GetInt32());
        var message = Assert.Single(json.RootElement.GetProperty("errors").GetProperty(parameter).EnumerateArray()).GetString();
        Assert.Contains(allowed, message, StringComparison.Ordinal);
        Assert.Contains(allowed, json.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OneSourceHasItsFullRecordAndWhereItIsCitedInBothLanguages()
    {
        var snapshot = SourcePages.Snapshot(site);

        using var json = await GetJson("/api/v1/sources/creemers-2007-opinions", HttpStatusCode.OK);

        var root = json.RootElement;
        Assert.Equal("Some Opinions concerning the Construction of a Social Credit System", root.GetProperty("title").GetString());
        Assert.Equal(["Rogier Creemers"], root.GetProperty("authors").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("2026-11-26", root.GetProperty("accessed").GetString());
        Assert.StartsWith("Issued in March 2007", root.GetProperty("publishedNote").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, root.GetProperty("excerpts").GetArrayLength());
        Assert.Equal("opening of the translated document", root.GetProperty("excerpts")[0].GetProperty("location").GetString());

        var citedIn = root.GetProperty("citedIn").EnumerateArray().ToList();
        var expected = SocialCreditExplainer.Content.Languages.SiteLanguage.All.Sum(l => snapshot.Citations.PlacesCiting("creemers-2007-opinions", l).Count);
        Assert.Equal(expected, citedIn.Count);
        Assert.Equal(["en", "th"], citedIn.Select(c => c.GetProperty("language").GetString()).Distinct().Order());
        Assert.Contains(citedIn, c => c.GetProperty("kind").GetString() == "article-paragraph");
        Assert.Contains(citedIn, c => c.GetProperty("kind").GetString() == "timeline-event");
        Assert.All(citedIn, c => Assert.StartsWith("/" + c.GetProperty("language").GetString() + "/", c.GetProperty("url").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task AParliamentaryRecordsUnknownFieldsAreNull()
    {
        using var json = await GetJson("/api/v1/sources/house-record-kan-debate", HttpStatusCode.OK);

        var parliament = json.RootElement.GetProperty("parliament");
        Assert.Equal(JsonValueKind.Null, parliament.GetProperty("sitting").ValueKind);
        Assert.Equal(JsonValueKind.Null, parliament.GetProperty("agendaItem").ValueKind);
        Assert.StartsWith("The record itself was not found.", parliament.GetProperty("unknown").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("url").ValueKind);
    }

    [Fact]
    public async Task AnUnknownSourceIsA404Problem()
    {
        using var json = await GetJson("/api/v1/sources/no-such-source", HttpStatusCode.NotFound, "application/problem+json");

        Assert.Equal(404, json.RootElement.GetProperty("status").GetInt32());
        Assert.Contains("no-such-source", json.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheOpenApiDocumentDescribesBothEndpoints()
    {
        using var json = await GetJson("/openapi/v1.json", HttpStatusCode.OK);

        var paths = json.RootElement.GetProperty("paths");
        var list = paths.GetProperty("/api/v1/sources").GetProperty("get");
        var item = paths.GetProperty("/api/v1/sources/{id}").GetProperty("get");
        Assert.Equal("ListSources", list.GetProperty("operationId").GetString());
        Assert.Equal("GetSource", item.GetProperty("operationId").GetString());
        Assert.Equal(["country", "language", "type"], list.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        Assert.True(list.GetProperty("responses").TryGetProperty("400", out _));
        Assert.True(item.GetProperty("responses").TryGetProperty("404", out _));
    }

    async Task<JsonDocument> GetJson(string path, HttpStatusCode status, string mediaType = "application/json")
    {
        using var client = site.CreateClient();
        using var response = await client.GetAsync(path);
        Assert.Equal(status, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType!.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}
