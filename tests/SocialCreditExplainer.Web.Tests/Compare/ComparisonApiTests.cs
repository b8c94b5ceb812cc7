using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SocialCreditExplainer.Content;
using SocialCreditExplainer.Web.Site;
using SocialCreditExplainer.Web.Tests.Support;

namespace SocialCreditExplainer.Web.Tests.Compare;

/// <summary><c>GET /api/v1/comparison</c> over the real content.</summary>
public sealed class ComparisonApiTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    ContentSnapshot Snapshot => site.Services.GetRequiredService<ContentStore>().Current;

    [Fact]
    public async Task ReturnsEveryDimensionWithBothCellsInBothLanguages()
    {
        using var client = site.CreateClient();
        using var response = await client.GetAsync("/api/v1/comparison");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var dimensions = json.RootElement.GetProperty("dimensions").EnumerateArray().ToList();
        Assert.Equal(Snapshot.Comparison.Select(d => d.Id), dimensions.Select(d => d.GetProperty("id").GetString()));
        Assert.Equal(Snapshot.Version, json.RootElement.GetProperty("contentVersion").GetString());

        var first = dimensions[0];
        var expected = Snapshot.Comparison[0];
        Assert.Equal(expected.Order, first.GetProperty("order").GetInt32());
        Assert.Equal(expected.Label.Thai, first.GetProperty("label").GetProperty("th").GetString());
        Assert.Equal(expected.Label.English, first.GetProperty("label").GetProperty("en").GetString());
        Assert.Equal($"/th/compare#{expected.Id}", first.GetProperty("urls").GetProperty("th").GetString());
        Assert.Equal($"/en/compare#{expected.Id}", first.GetProperty("urls").GetProperty("en").GetString());
        var china = first.GetProperty("china");
        Assert.Equal(expected.China.Text.Thai, china.GetProperty("text").GetProperty("th").GetString());
        Assert.Equal(expected.China.Sources, china.GetProperty("sources").EnumerateArray().Select(s => s.GetString()));
    }

    [Fact]
    public async Task StatusesAreKebabCaseWordsAndEveryCellHasSources()
    {
        using var client = site.CreateClient();
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/v1/comparison"));

        var cells = json.RootElement.GetProperty("dimensions").EnumerateArray()
            .SelectMany(d => new[] { d.GetProperty("china"), d.GetProperty("thailand") })
            .ToList();
        Assert.All(cells, c =>
        {
            Assert.Contains(c.GetProperty("status").GetString(), new[] { "known", "not-known", "unverified" });
            Assert.NotEqual(0, c.GetProperty("sources").GetArrayLength());
        });
        Assert.Contains(cells, c => c.GetProperty("status").GetString() == "not-known");
    }

    [Fact]
    public async Task TheEndpointIsInTheOpenApiDocument()
    {
        using var client = site.CreateClient();
        using var json = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));

        var get = json.RootElement.GetProperty("paths").GetProperty("/api/v1/comparison").GetProperty("get");
        Assert.Equal("GetComparison", get.GetProperty("operationId").GetString());
        Assert.EndsWith(
            "/ComparisonDocument",
            get.GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString(),
            StringComparison.Ordinal);
        Assert.True(json.RootElement.GetProperty("components").GetProperty("schemas").TryGetProperty("ComparisonCellDto", out _));
    }
}
