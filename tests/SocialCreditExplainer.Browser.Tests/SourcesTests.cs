using Microsoft.Playwright;
using SocialCreditExplainer.Browser.Tests.Support;

namespace SocialCreditExplainer.Browser.Tests;

/// <summary>Sources and "Cite this page" in a real browser: keyboard access, links and filters without JavaScript.</summary>
public sealed class SourcesTests(LiveSite site) : IClassFixture<LiveSite>
{
    [BrowserFact]
    public async Task TabbingFromTheReferencesReachesACiteThisPageDownloadThatSavesTheFile()
    {
        var page = await site.NewPageAsync("en-GB");
        await page.GotoAsync(site.BaseUrl + "/en/articles/what-is-social-credit");

        // Start at the last back link of the reference list and move on with Tab only.
        await page.Locator(".references .backrefs a").Last.FocusAsync();
        string? focused = null;
        for (var i = 0; i < 10 && focused?.EndsWith("/cite.bib", StringComparison.Ordinal) != true; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            focused = await page.EvaluateAsync<string?>("() => document.activeElement.getAttribute('href')");
        }

        Assert.Equal("/en/articles/what-is-social-credit/cite.bib", focused);
        var link = page.Locator(".cite-this a[href$='/cite.bib']");
        Assert.Equal("Download BibTeX (.bib)", await link.InnerTextAsync());
        Assert.NotEqual("none", await link.EvaluateAsync<string>("e => getComputedStyle(e).outlineStyle"));

        var download = await page.RunAndWaitForDownloadAsync(() => page.Keyboard.PressAsync("Enter"));
        Assert.Equal("scewhatissocialcrediten.bib", download.SuggestedFilename);
        var text = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.StartsWith("@misc{scewhatissocialcrediten,", text, StringComparison.Ordinal);
        Assert.Contains(site.BaseUrl + "/en/articles/what-is-social-credit", text, StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task AReferenceListLinkOpensTheSourcesPageWhichLinksBack()
    {
        var page = await site.NewPageAsync("th-TH");
        await page.GotoAsync(site.BaseUrl + "/th/articles/what-is-social-credit");

        var reference = page.Locator(".references li a[href^='/th/sources/']").First;
        var title = await reference.InnerTextAsync();
        await reference.ClickAsync();

        // Blazor's enhanced navigation may change the address before it swaps the page in: wait for the page.
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(title);
        Assert.Contains("/th/sources/", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator(".excerpts blockquote").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".cited-in a[href^='/th/articles/what-is-social-credit#']").First).ToBeVisibleAsync();
    }

    [BrowserFact]
    public async Task TheSourceFilterWorksWithoutJavaScript()
    {
        var page = await site.NewPageAsync("en-GB", javaScript: false);
        await page.GotoAsync(site.BaseUrl + "/en/sources");
        var all = await page.Locator(".source-card").CountAsync();

        await page.SelectOptionAsync("#filter-country", "thailand");
        await page.SelectOptionAsync("#filter-language", "th");
        await page.ClickAsync(".source-filter button[type=submit]");

        await page.WaitForURLAsync(url => url.Contains("country=thailand", StringComparison.Ordinal));
        Assert.Contains("language=th", page.Url, StringComparison.Ordinal);
        var shown = await page.Locator(".source-card").CountAsync();
        Assert.InRange(shown, 1, all - 1);
        Assert.All(await page.Locator(".source-language").AllInnerTextsAsync(), language => Assert.Equal("Thai", language));
    }
}
