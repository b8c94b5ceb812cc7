using System.Net;
using SocialCreditExplainer.Web.Tests.Support;

namespace SocialCreditExplainer.Web.Tests.Hardening;

/// <summary>Hostile and odd requests get a 4xx or a normal page, never a 5xx, and never a stack trace.</summary>
public sealed class HostileInputTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    public static TheoryData<string> HostilePaths() =>
    [
        "/th/articles/..%2f..%2fetc%2fpasswd",
        "/th/articles/..%2F..%2F..%2Fappsettings.json",
        "/en/articles/%2e%2e/%2e%2e/etc/passwd",
        "/en/sources/..%5c..%5cweb.config",
        "/th/articles/" + new string('ก', 3000),
        "/en/" + new string('a', 6000),
        "/th/articles/what-is-social-credit?utm_source=x&unknown=1&%00=%00",
        "/en/articles/%F0%9F%92%A9",
        "/th/articles/%ED%A0%80",
        "/en/articles/%C0%AF",
        "/th/articles/%u0000",
        "/en/articles/%25%25%25",
        "/xx/yy/zz",
        "/th/articles/what-is-social-credit/../../..",
        "/en/language?to=//evil.example",
        "/en/language?to=%0d%0aSet-Cookie:%20x=y",
        "/th/timeline?country=atlantis&from=abc&to=-0",
        "/en/search?q=%22%2A%3F%5B%5D%20AND%20OR%20NOT%20((",
        "/api/v1/timeline?from=9999999999999999999",
        "/api/v1/sources/..%2f..%2fetc%2fpasswd",
    ];

    [Theory]
    [MemberData(nameof(HostilePaths))]
    public async Task HostilePathsNeverCauseA5xxOrLeakInternals(string path)
    {
        using var client = site.CreateRawClient();
        using var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();

        Assert.True((int)response.StatusCode < 500, $"{path} answered {(int)response.StatusCode}");
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        Assert.DoesNotContain("root:x:0:0", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Accept-Language", "\u0000\u0001;q=abc,,,;;;")]
    [InlineData("Accept-Language", "th-TH;q=999999999999999999999")]
    [InlineData("Cookie", "lang=\u00ff\u00fe; lang=th; =;;;")]
    [InlineData("Cookie", "lang=%00")]
    [InlineData("If-None-Match", "\"unterminated")]
    [InlineData("Accept-Encoding", "br;q=NaN, gzip;q=-1")]
    public async Task MalformedHeadersAreIgnoredNotFatal(string header, string value)
    {
        using var client = site.CreateRawClient();
        foreach (var path in new[] { "/", "/th/", "/en/articles/what-is-social-credit" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.TryAddWithoutValidation(header, value);
            using var response = await client.SendAsync(request);

            Assert.True((int)response.StatusCode < 500, $"{header}: {value} on {path} answered {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task AnOverlongHeaderIsRejectedOrIgnoredNotFatal()
    {
        using var client = site.CreateRawClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/th/");
        request.Headers.TryAddWithoutValidation("Accept-Language", string.Join(",", Enumerable.Repeat("th-TH;q=0.9", 5000)));
        using var response = await client.SendAsync(request);
        Assert.True((int)response.StatusCode < 500);
    }

    [Fact]
    public async Task NonGetMethodsOnPagesAreClientErrors()
    {
        using var client = site.CreateRawClient();
        using var response = await client.PostAsync("/th/articles/what-is-social-credit", new StringContent(new string('x', 1000)));
        Assert.InRange((int)response.StatusCode, 400, 499);
    }
}
