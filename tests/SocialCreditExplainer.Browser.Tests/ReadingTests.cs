using Microsoft.Playwright;
using SocialCreditExplainer.Browser.Tests.Support;

namespace SocialCreditExplainer.Browser.Tests;

public sealed class ReadingTests(LiveSite site) : IClassFixture<LiveSite>
{
    [BrowserFact]
    public async Task AThaiBrowserLandsOnTheThaiSite()
    {
        var page = await site.NewPageAsync("th-TH");
        await page.GotoAsync(site.BaseUrl + "/");

        Assert.EndsWith("/th/", page.Url, StringComparison.Ordinal);
        Assert.Equal("th", await page.GetAttributeAsync("html", "lang"));
    }

    [BrowserFact]
    public async Task SwitchingLanguageOnAnArticleLandsOnTheSameArticle()
    {
        var page = await site.NewPageAsync("th-TH");
        await page.GotoAsync(site.BaseUrl + "/th/articles/what-is-social-credit");

        await page.ClickAsync("a.language-switcher");

        Assert.EndsWith("/en/articles/what-is-social-credit", page.Url, StringComparison.Ordinal);
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));

        // The choice is remembered: the root now sends this Thai browser to English.
        await page.GotoAsync(site.BaseUrl + "/");
        Assert.EndsWith("/en/", page.Url, StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task ThaiTextRendersInTheSelfHostedWebFont()
    {
        var page = await site.NewPageAsync("th-TH");
        await page.GotoAsync(site.BaseUrl + "/th/articles/what-is-social-credit");

        // Wait until the font has loaded, then ask the browser whether Thai text can use it.
        var loaded = await page.EvaluateAsync<bool>("async () => { await document.fonts.ready; return document.fonts.check('16px Sarabun', 'ระบบเครดิตสังคม'); }");
        var family = await page.EvalOnSelectorAsync<string>("h1", "e => getComputedStyle(e).fontFamily");
        var thaiFaceLoaded = await page.EvaluateAsync<bool>("() => [...document.fonts].some(f => f.family.replace(/\"/g, '') === 'Sarabun' && f.status === 'loaded' && f.unicodeRange.includes('E01'))");

        Assert.True(loaded);
        Assert.StartsWith("Sarabun", family.Trim('"'), StringComparison.Ordinal);
        Assert.True(thaiFaceLoaded, "The Thai subset of Sarabun was not loaded.");
    }

    [BrowserFact]
    public async Task ACitationsSourceCardIsReachableByKeyboard()
    {
        var page = await site.NewPageAsync("en-GB");
        await page.GotoAsync(site.BaseUrl + "/en/articles/what-is-social-credit");

        var firstCitation = page.Locator(".article-body a.cite-link").First;
        var tip = page.Locator(".article-body .cite").First.Locator(".cite-tip").First;
        Assert.False(await tip.IsVisibleAsync());

        await firstCitation.FocusAsync();
        await page.Keyboard.PressAsync("Shift+Tab");
        await page.Keyboard.PressAsync("Tab");

        Assert.True(await tip.IsVisibleAsync());
        Assert.False(string.IsNullOrWhiteSpace(await tip.InnerTextAsync()));
        Assert.NotNull(await firstCitation.GetAttributeAsync("aria-describedby"));
    }

    [BrowserFact]
    public async Task APrintedArticleLeavesOutTheSitesOwnLinks()
    {
        var page = await site.NewPageAsync("en-GB");
        await page.GotoAsync(site.BaseUrl + "/en/articles/what-is-social-credit");
        Assert.True(await page.Locator(".handout-link").IsVisibleAsync());

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        Assert.False(await page.Locator(".handout-link").IsVisibleAsync());
        Assert.False(await page.Locator(".site-header").IsVisibleAsync());
        Assert.True(await page.Locator("h1").IsVisibleAsync());
    }

    [BrowserFact]
    public async Task ALinkCheckersHeadRequestGetsNoBodyAndLeavesThePageWholeForReaders()
    {
        // Over real Kestrel, which drops a HEAD answer's body: the output cache must not then
        // hand that empty answer to a reader's GET.
        using var client = new HttpClient { BaseAddress = new Uri(site.BaseUrl) };
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/en/compare"));
        using var get = await client.GetAsync("/en/compare");

        Assert.Equal(System.Net.HttpStatusCode.OK, head.StatusCode);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        Assert.Equal(System.Net.HttpStatusCode.OK, get.StatusCode);
        Assert.Contains("</html>", await get.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
