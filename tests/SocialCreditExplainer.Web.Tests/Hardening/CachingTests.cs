using System.Net;
using System.Net.Http.Headers;
using SocialCreditExplainer.Web.Tests.Support;

namespace SocialCreditExplainer.Web.Tests.Hardening;

public sealed class CachingTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task AReadingPageAnswersAConditionalGetWith304()
    {
        using var client = site.CreateClient();
        using var first = await client.GetAsync("/en/articles/what-is-social-credit");
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.True(etag.IsWeak);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/en/articles/what-is-social-credit");
        request.Headers.IfNoneMatch.Add(etag);
        using var second = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Theory]
    [InlineData("/th/")]
    [InlineData("/th/articles/what-is-social-credit")]
    [InlineData("/en/sources")]
    [InlineData("/en/glossary")]
    public async Task AReadingPageSetsNoCookieSoCachesMayKeepIt(string path)
    {
        using var client = site.CreateClient();
        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"), string.Join("; ", response.Headers.TryGetValues("Set-Cookie", out var v) ? v : []));
        Assert.Equal("public, max-age=300", response.Headers.CacheControl?.ToString());
        Assert.False(response.Headers.Contains("Pragma"));
    }

    [Fact]
    public async Task ARepeatedReadingPageComesFromTheOutputCache()
    {
        using var client = site.CreateClient();
        const string path = "/en/articles/thailand-social-credit";
        using var first = await client.GetAsync(path);
        using var second = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        // The output cache adds Age to the responses it serves from its store.
        Assert.NotNull(second.Headers.Age);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task MadeUpQueryParametersAreServedTheCachedPage()
    {
        using var client = site.CreateClient();
        using var first = await client.GetAsync("/en/glossary");
        using var tagged = await client.GetAsync("/en/glossary?utm_source=newsletter");

        Assert.Equal(HttpStatusCode.OK, tagged.StatusCode);
        Assert.NotNull(tagged.Headers.Age);
    }

    [Fact]
    public async Task TheSourceListsFiltersAreNotServedFromEachOthersCache()
    {
        using var client = site.CreateClient();
        var all = await client.GetStringAsync("/en/sources");
        var thai = await client.GetStringAsync("/en/sources?country=thailand");
        var chinese = await client.GetStringAsync("/en/sources?country=china");

        Assert.NotEqual(all, thai);
        Assert.NotEqual(thai, chinese);
        Assert.Equal(thai, await client.GetStringAsync("/en/sources?country=thailand"));
    }

    [Theory]
    [InlineData("/th/articles/what-is-social-credit")]
    [InlineData("/en/sources/creemers-2007-opinions")]
    [InlineData("/en/timeline")]
    public async Task AHeadRequestForAPageAnswersLikeAGet(string path)
    {
        // Link checkers send HEAD. (Kestrel drops a HEAD answer's body; the in-memory test
        // server does not, so only the status and headers are compared here.)
        using var client = site.CreateClient();
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal("text/html", head.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task AHeadRequestForAMissingPageIsStillA404()
    {
        using var client = site.CreateClient();
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/en/articles/no-such-article"));

        Assert.Equal(HttpStatusCode.NotFound, head.StatusCode);
    }

    [Fact]
    public async Task APostToAReadingPageIsRefused()
    {
        using var client = site.CreateClient();
        using var response = await client.PostAsync("/en/articles/what-is-social-credit",
            new FormUrlEncodedContent([new("_handler", "x")]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task HtmlIsCompressedWhenTheBrowserAcceptsIt()
    {
        using var client = site.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/th/articles/what-is-social-credit");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
        using var response = await client.SendAsync(request);

        Assert.Equal("br", Assert.Single(response.Content.Headers.ContentEncoding));
    }

    [Fact]
    public async Task HealthAndReadinessAnswer()
    {
        using var client = site.CreateClient();
        Assert.Equal("ok", await client.GetStringAsync("/healthz"));
        var ready = await client.GetStringAsync("/readyz");
        Assert.Contains("\"ready\"", ready, StringComparison.Ordinal);
    }
}
