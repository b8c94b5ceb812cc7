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
        // Answered in front of the security-headers middleware, and still carrying its headers.
        Assert.Contains("frame-ancestors 'none'", string.Join(";", second.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
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
    public async Task ARepeatedReadingPageComesFromThePageStore()
    {
        using var client = site.CreateClient();
        const string path = "/en/articles/thailand-social-credit";
        using var first = await client.GetAsync(path);
        using var second = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        // Age is set on the responses sent from the store, as HTTP caches do.
        Assert.Null(first.Headers.Age);
        Assert.NotNull(second.Headers.Age);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.Equal("text/html", second.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task AStoredPageKeepsTheSecurityHeadersItWasRenderedWith()
    {
        // A stored page is sent before the middleware that sets these headers runs.
        using var client = site.CreateClient();
        const string path = "/th/articles/thailand-social-credit";
        using var first = await client.GetAsync(path);
        using var stored = await client.GetAsync(path);

        Assert.NotNull(stored.Headers.Age);
        foreach (var header in new[] { "Content-Security-Policy", "X-Content-Type-Options", "X-Frame-Options", "Referrer-Policy", "Permissions-Policy", "Cross-Origin-Opener-Policy" })
        {
            Assert.Equal(first.Headers.GetValues(header), stored.Headers.GetValues(header));
        }
    }

    [Fact]
    public async Task EachEncodingIsStoredApart()
    {
        using var client = site.CreateClient();
        const string path = "/en/compare";
        using var brotli = new HttpRequestMessage(HttpMethod.Get, path);
        brotli.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
        using (await client.SendAsync(brotli))
        {
        }

        // A client that asks for no compression after a browser that asked for brotli gets plain HTML.
        using var plain = await client.GetAsync(path);
        Assert.Empty(plain.Content.Headers.ContentEncoding);
        Assert.Contains("<html", await plain.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var brotliAgain = new HttpRequestMessage(HttpMethod.Get, path);
        brotliAgain.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
        using var stored = await client.SendAsync(brotliAgain);
        Assert.NotNull(stored.Headers.Age);
        Assert.Equal("br", Assert.Single(stored.Content.Headers.ContentEncoding));
    }

    [Theory]
    // A handout prints today's date in the server's time zone, which a stored page's UTC day does not follow.
    [InlineData("/en/articles/what-is-social-credit/handout", HttpStatusCode.OK)]
    // Only whole, successful pages are kept.
    [InlineData("/en/articles/not-written-yet", HttpStatusCode.NotFound)]
    public async Task SomePagesAreNeverStored(string path, HttpStatusCode status)
    {
        using var client = site.CreateClient();
        using var first = await client.GetAsync(path);
        using var second = await client.GetAsync(path);

        Assert.Equal(status, second.StatusCode);
        Assert.Null(second.Headers.Age);
    }

    [Fact]
    public async Task APageSentFromTheStoreIsLoggedLikeAnyOther()
    {
        using var client = site.CreateClient();
        const string path = "/th/articles/what-is-social-credit";
        using (await client.GetAsync(path))
        {
        }

        using (await client.GetAsync(path))
        {
        }

        var hit = site.Logs.Events.Last(e => e.Properties.ContainsKey("PageStore")
            && e.Properties["RequestPath"].ToString() == "\"/th/articles/what-is-social-credit\"");
        Assert.Equal("HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms", hit.MessageTemplate.Text);
        Assert.Equal("200", hit.Properties["StatusCode"].ToString());
        Assert.Equal("\"th\"", hit.Properties["Language"].ToString());
        Assert.Equal("\"what-is-social-credit\"", hit.Properties["ArticleKey"].ToString());
        // Its trace id ties it to the request's other events, as for any request.
        Assert.NotNull(hit.TraceId);
        Assert.NotEqual(default, hit.TraceId!.Value);
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
