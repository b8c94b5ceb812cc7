using System.Net;
using Microsoft.AspNetCore.Hosting;
using SocialCreditExplainer.Web.Tests.Support;

namespace SocialCreditExplainer.Web.Tests.Search;

/// <summary>Every search page runs a search, so the page shares the API's per-client limit; reading pages do not.</summary>
public sealed class SearchRateLimitTests(SearchRateLimitTests.TightlyLimitedSite site) : IClassFixture<SearchRateLimitTests.TightlyLimitedSite>
{
    [Fact]
    public async Task TheSearchPageIsRateLimitedAndTheOtherPagesAreNot()
    {
        using var client = site.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await client.GetAsync("/en/search?q=hukou");
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.Equal("60", response.Headers.RetryAfter?.ToString());
            }
        }

        using var article = await client.GetAsync("/en/articles/what-is-social-credit");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, article.StatusCode);
    }

    /// <summary>The real site with a limit of three searches a minute.</summary>
    public sealed class TightlyLimitedSite : SiteFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("RateLimits:PermitsPerMinute", "3");
        }
    }
}
