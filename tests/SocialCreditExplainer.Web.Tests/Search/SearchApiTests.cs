using System.Net;
using System.Text.Json;
using SocialCreditExplainer.Web.Tests.Support;

namespace SocialCreditExplainer.Web.Tests.Search;

/// <summary><c>GET /api/v1/search</c>: the page's engine as JSON, strict about its parameters, lenient about the text.</summary>
public sealed class SearchApiTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task AThaiSearchAnswersHitsWithSnippetsAndExactPlaces()
    {
        using var json = await GetJsonAsync("/api/v1/search?q=" + Uri.EscapeDataString("เครดิตสังคม") + "&lang=th&limit=5");
        var root = json.RootElement;

        Assert.Equal("เครดิตสังคม", root.GetProperty("searchedText").GetString());
        Assert.Equal("th", root.GetProperty("lang").GetString());
        Assert.Equal("all", root.GetProperty("type").GetString());
        Assert.Equal(5, root.GetProperty("limit").GetInt32());
        var hits = root.GetProperty("hits").EnumerateArray().ToList();
        Assert.Equal(5, hits.Count);
        Assert.True(root.GetProperty("totalHits").GetInt32() > 5);
        Assert.All(hits, hit =>
        {
            Assert.Equal("th", hit.GetProperty("lang").GetString());
            Assert.StartsWith("/th/", hit.GetProperty("url").GetString(), StringComparison.Ordinal);
            Assert.Contains(hit.GetProperty("type").GetString(), new[] { "article-section", "timeline-event", "glossary-term", "source" });
            Assert.False(string.IsNullOrEmpty(hit.GetProperty("id").GetString()));
            Assert.False(string.IsNullOrEmpty(hit.GetProperty("title").GetString()));
        });
        Assert.Contains("<mark>", hits[0].GetProperty("snippet").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("otherLanguage").ValueKind);
        Assert.Empty(root.GetProperty("notices").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("message").ValueKind);
    }

    [Fact]
    public async Task LangDefaultsToThaiAndTypeFilters()
    {
        using var json = await GetJsonAsync("/api/v1/search?q=" + Uri.EscapeDataString("เครดิตสังคม") + "&type=timeline");
        var root = json.RootElement;

        Assert.Equal("th", root.GetProperty("lang").GetString());
        Assert.Equal("timeline", root.GetProperty("type").GetString());
        Assert.NotEmpty(root.GetProperty("hits").EnumerateArray());
        Assert.All(root.GetProperty("hits").EnumerateArray(), hit => Assert.Equal("timeline-event", hit.GetProperty("type").GetString()));
    }

    [Fact]
    public async Task EnglishTypedForThaiPagesAlsoAnswersTheEnglishMatches()
    {
        using var json = await GetJsonAsync("/api/v1/search?q=sesame%20credit&lang=th");
        var other = json.RootElement.GetProperty("otherLanguage");

        Assert.Equal("en", other.GetProperty("lang").GetString());
        Assert.True(other.GetProperty("totalHits").GetInt32() > 0);
        Assert.All(other.GetProperty("hits").EnumerateArray(), hit => Assert.Equal("en", hit.GetProperty("lang").GetString()));
    }

    [Fact]
    public async Task UnusableOrOverlongTextIsAnsweredWithNoticesAndAMessageNotAnError()
    {
        using var stars = await GetJsonAsync("/api/v1/search?q=***&lang=en");
        using var longText = await GetJsonAsync("/api/v1/search?lang=en&q=" + Uri.EscapeDataString(string.Concat(Enumerable.Repeat("hukou ", 1700))));

        Assert.Equal(["no-searchable-terms"], stars.RootElement.GetProperty("notices").EnumerateArray().Select(n => n.GetString()));
        Assert.Equal("There are no words to search for in that text. Try different words.", stars.RootElement.GetProperty("message").GetString());
        Assert.Contains("truncated", longText.RootElement.GetProperty("notices").EnumerateArray().Select(n => n.GetString()));
        Assert.Contains("/en/glossary#hukou", longText.RootElement.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("url").GetString()));
    }

    [Theory]
    [InlineData("/api/v1/search", "q")]
    [InlineData("/api/v1/search?q=", "q")]
    [InlineData("/api/v1/search?q=%20%20", "q")]
    [InlineData("/api/v1/search?q=hukou&lang=fr", "lang")]
    [InlineData("/api/v1/search?q=hukou&type=planets", "type")]
    [InlineData("/api/v1/search?q=hukou&limit=0", "limit")]
    [InlineData("/api/v1/search?q=hukou&limit=101", "limit")]
    [InlineData("/api/v1/search?q=hukou&limit=ten", "limit")]
    [InlineData("/api/v1/search?q=hukou&limit=-5", "limit")]
    [InlineData("/api/v1/search?q=hukou&limit=99999999999999999999", "limit")]
    public async Task BadParametersAre400ProblemsNamingTheParameter(string path, string parameter)
    {
        using var client = site.CreateClient();
        using var response = await client.GetAsync(path);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(400, json.RootElement.GetProperty("status").GetInt32());
        Assert.True(json.RootElement.GetProperty("errors").TryGetProperty(parameter, out _));
        Assert.Contains(parameter, json.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryBadParameterIsReportedAtOnceWithoutEchoingAHugeValue()
    {
        using var client = site.CreateClient();
        using var response = await client.GetAsync("/api/v1/search?lang=" + new string('x', 5000) + "&type=bogus&limit=0");
        var body = await response.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["q", "lang", "type", "limit"], json.RootElement.GetProperty("errors").EnumerateObject().Select(p => p.Name));
        Assert.True(body.Length < 2000, body);
    }

    [Fact]
    public async Task TheSearchEndpointIsInTheOpenApiDocument()
    {
        using var json = await GetJsonAsync("/openapi/v1.json");

        var operation = json.RootElement.GetProperty("paths").GetProperty("/api/v1/search").GetProperty("get");
        Assert.Equal("Search", operation.GetProperty("operationId").GetString());
        Assert.Equal(["q", "lang", "type", "limit"], operation.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        Assert.True(operation.GetProperty("responses").TryGetProperty("400", out _));
        var schema = json.RootElement.GetProperty("components").GetProperty("schemas").GetProperty("SearchResponse").GetProperty("properties");
        Assert.True(schema.TryGetProperty("hits", out _));
        Assert.True(schema.TryGetProperty("otherLanguage", out _));
        Assert.True(schema.TryGetProperty("message", out _));
    }

    async Task<JsonDocument> GetJsonAsync(string path)
    {
        using var client = site.CreateClient();
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}
