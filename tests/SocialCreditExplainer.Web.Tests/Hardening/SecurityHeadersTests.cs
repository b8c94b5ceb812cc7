using SocialCreditExplainer.Web.Tests.Support;

namespace SocialCreditExplainer.Web.Tests.Hardening;

/// <summary>The headers the MDN HTTP Observatory scores, on pages, errors and API answers alike.</summary>
public sealed class SecurityHeadersTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Theory]
    [InlineData("/th/")]
    [InlineData("/en/articles/what-is-social-credit")]
    [InlineData("/th/no-such-page")]
    [InlineData("/healthz")]
    public async Task EveryResponseCarriesTheSecurityHeaders(string path)
    {
        using var client = site.CreateClient();
        using var response = await client.GetAsync(path);

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.DoesNotMatch("script-src[^;]*unsafe-inline", csp);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Contains("camera=()", Assert.Single(response.Headers.GetValues("Permissions-Policy")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PagesLoadNoInlineScript()
    {
        using var client = site.CreateClient();
        var html = await client.GetStringAsync("/th/articles/what-is-social-credit");

        // Every <script> has a src: the CSP forbids inline script, so an inline one would be dead.
        // The one exception is the JSON-LD data block, which browsers never run.
        Assert.DoesNotMatch("<script(?![^>]*\\bsrc=)(?![^>]*\\btype=\"application/ld\\+json\")[^>]*>", html);
        Assert.DoesNotContain(" on", System.Text.RegularExpressions.Regex.Match(html, "<[a-z]+ [^>]*\\bon[a-z]+=").Value, StringComparison.Ordinal);
    }
}
