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
