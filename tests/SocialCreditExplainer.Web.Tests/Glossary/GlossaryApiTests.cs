using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SocialCreditExplainer.Content;
using SocialCreditExplainer.Web.Site;
using SocialCreditExplainer.Web.Tests.Support;

namespace SocialCreditExplainer.Web.Tests.Glossary;

/// <summary><c>GET /api/v1/glossary</c> over the real content.</summary>
public sealed class GlossaryApiTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    ContentSnapshot Snapshot => site.Services.GetRequiredService<ContentStore>().Current;

    [Fact]
    public async Task ReturnsEveryTermWithItsNamesDefinitionAndSources()
    {
        using var client = site.CreateClient();
        using var response = await client.GetAsync("/api/v1/glossary");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("id", json.RootElement.GetProperty("order").GetString());
        var terms = json.RootElement.GetProperty("terms").EnumerateArray().ToList();
        Assert.Equal(Snapshot.Glossary.Select(t => t.Id).Order(StringComparer.Ordinal), terms.Select(t => t.GetProperty("id").GetString()));

        var hukou = terms.Single(t => t.GetProperty("id").GetString() == "hukou");
        Assert.Equal("ระบบทะเบียนครัวเรือน", hukou.GetProperty("term").GetProperty("th").GetString());
        Assert.Equal("household registration", hukou.GetProperty("term").GetProperty("en").GetString());
        Assert.Equal("户口", hukou.GetProperty("chinese").GetString());
        Assert.Equal("hùkǒu", hukou.GetProperty("pinyin").GetString());
        Assert.True(hukou.GetProperty("suggestedThai").GetBoolean());
        Assert.Equal(Snapshot.FindTerm("hukou")!.Definition.English, hukou.GetProperty("definition").GetProperty("en").GetString());
        Assert.Equal(Snapshot.FindTerm("hukou")!.Sources, hukou.GetProperty("sources").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal("/th/glossary#hukou", hukou.GetProperty("urls").GetProperty("th").GetString());
        Assert.Equal(JsonValueKind.Null, terms.Single(t => t.GetProperty("id").GetString() == "goodness-bank").GetProperty("chinese").ValueKind);
    }

    [Theory]
    [InlineData("th", "th-TH")]
    [InlineData("en", "en-GB")]
    [InlineData("TH", "th-TH")]
    public async Task LangSortsByThatLanguagesAlphabet(string lang, string culture)
    {
        using var client = site.CreateClient();
        using var json = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/glossary?lang={lang}"));

        var code = lang.ToLowerInvariant();
        Assert.Equal(code, json.RootElement.GetProperty("order").GetString());
        var names = json.RootElement.GetProperty("terms").EnumerateArray().Select(t => t.GetProperty("term").GetProperty(code).GetString()!).ToList();
        Assert.Equal(Snapshot.Glossary.Count, names.Count);
        var compare = CultureInfo.GetCultureInfo(culture).CompareInfo;
        for (var i = 1; i < names.Count; i++)
        {
            Assert.True(compare.Compare(names[i - 1], names[i], CompareOptions.IgnoreSymbols) <= 0, $"'{names[i - 1]}' before '{names[i]}'");
        }
    }

    [Fact]
    public async Task ThaiOrderFilesLeadingVowelsUnderTheirConsonant()
    {
        using var client = site.CreateClient();
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/v1/glossary?lang=th"));

        var ids = json.RootElement.GetProperty("terms").EnumerateArray().Select(t => t.GetProperty("id").GetString()).ToList();
        // กยศ. … (ก) < เครดิตคุณธรรม (ค, written with เ first) < ธนาคารความดี (ธ)
        Assert.True(ids.IndexOf("slf-thaihealth") < ids.IndexOf("moral-credit"));
        Assert.True(ids.IndexOf("moral-credit") < ids.IndexOf("goodness-bank"));
    }

    [Theory]
    [InlineData("?lang=fr", "'fr'")]
    [InlineData("?lang=th&lang=en", "'th,en'")]
    [InlineData("?lang=%00", "got '")]
    [InlineData("?lang=th-TH", "'th-TH'")]
    public async Task AnUnknownLanguageIsABadRequestThatSaysWhy(string query, string detail)
    {
        using var client = site.CreateClient();
        using var response = await client.GetAsync("/api/v1/glossary" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("lang must be 'th' or 'en'", json.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains(detail, json.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheEndpointAndItsLangParameterAreInTheOpenApiDocument()
    {
        using var client = site.CreateClient();
        using var json = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));

        var get = json.RootElement.GetProperty("paths").GetProperty("/api/v1/glossary").GetProperty("get");
        Assert.Equal("GetGlossary", get.GetProperty("operationId").GetString());
        var parameter = Assert.Single(get.GetProperty("parameters").EnumerateArray());
        Assert.Equal("lang", parameter.GetProperty("name").GetString());
        Assert.Equal("query", parameter.GetProperty("in").GetString());
        Assert.True(get.GetProperty("responses").TryGetProperty("400", out _));
        Assert.True(json.RootElement.GetProperty("components").GetProperty("schemas").TryGetProperty("GlossaryTermDto", out _));
    }
}
