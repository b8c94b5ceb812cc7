using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SocialCreditExplainer.Web.Feeds;
using SocialCreditExplainer.Web.Tests.Support;

namespace SocialCreditExplainer.Web.Tests.Feeds;

/// <summary>The sitemap's check that a section page exists, against the running site's real routes.</summary>
public sealed class RoutedPagesTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Theory]
    [InlineData("/{lang}", true)]
    [InlineData("/{lang}/timeline", true)]
    [InlineData("/{LANG}/Glossary", true)]
    [InlineData("/{lang}/no-such-section", false)]
    [InlineData("/timeline", false)]
    public void KnowsWhichSectionsTheSiteServes(string template, bool expected)
    {
        using var client = site.CreateClient();
        var routes = new RoutedPages(site.Services.GetRequiredService<EndpointDataSource>());

        Assert.Equal(expected, routes.Has(template));
    }
}
