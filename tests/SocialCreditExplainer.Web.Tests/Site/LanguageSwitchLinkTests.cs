using SocialCreditExplainer.Content.Languages;
using SocialCreditExplainer.Web.Site;
using SocialCreditExplainer.Web.Tests.Sources;
using SocialCreditExplainer.Web.Tests.Support;

namespace SocialCreditExplainer.Web.Tests.Site;

/// <summary>
/// The language link an island points the layout at after filtering in place (the browser tests
/// follow it; these pin what it keeps).
/// </summary>
public sealed class LanguageSwitchLinkTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public void AnIslandsAddressKeepsItsFiltersButNotOtherParameters()
    {
        var href = LanguageSwitchLink.HrefFor(SiteLanguage.English,
            "/en/timeline?country=thailand&theme=public-debate&utm_source=newsletter&from=2021", SourcePages.Snapshot(site));

        Assert.Equal("/th/language?to=" + Uri.EscapeDataString("/th/timeline?country=thailand&theme=public-debate&from=2021"), href);
    }

    [Fact]
    public async Task AnAddressGivesTheSameLinkTheLayoutRendersForIt()
    {
        const string address = "/th/search?q=%E0%B9%80%E0%B8%84%E0%B8%A3%E0%B8%94%E0%B8%B4%E0%B8%95&type=glossary";
        var page = await SourcePages.Get(site, address);

        Assert.Equal(page.QuerySelector("a.language-switcher")!.GetAttribute("href"),
            LanguageSwitchLink.HrefFor(SiteLanguage.Thai, address, SourcePages.Snapshot(site)));
    }
}
