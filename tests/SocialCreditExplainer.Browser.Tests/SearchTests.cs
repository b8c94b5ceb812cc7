using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using SocialCreditExplainer.Browser.Tests.Support;

namespace SocialCreditExplainer.Browser.Tests;

/// <summary>
/// Search in a real browser: with a live circuit, typing shows results in place without loading
/// a page; with JavaScript off, the plain form gives the same results.
/// </summary>
public sealed class SearchTests(LiveSite site) : IClassFixture<LiveSite>
{
    const string Interactive = ".search[data-interactive='true']";
    const string HitLinks = ".search > ol.search-hits .search-hit-title a";

    [BrowserFact]
    public async Task TypingWithALiveCircuitShowsResultsWithoutLoadingAPage()
    {
        var live = await site.NewPageAsync();
        live.SetDefaultTimeout(30_000);
        await live.GotoAsync(site.BaseUrl + "/en/search");
        await live.WaitForSelectorAsync(Interactive);
        var pageRequests = new List<string>();
        live.Request += (_, request) =>
        {
            if (request.IsNavigationRequest || request.Url.Contains("/en/search?", StringComparison.Ordinal))
            {
                pageRequests.Add(request.Url);
            }
        };

        await live.Locator("#search-q").PressSequentiallyAsync("hukou", new() { Delay = 60 });
        await live.WaitForSelectorAsync(HitLinks);
        await live.WaitForURLAsync(url => url.EndsWith("/en/search?q=hukou", StringComparison.Ordinal));

        Assert.Empty(pageRequests);
        Assert.Equal("/en/glossary#hukou", await live.Locator(HitLinks).First.GetAttributeAsync("href"));
        Assert.Equal("status", await live.GetAttributeAsync(".search-status", "role"));
        Assert.EndsWith("results for “hukou”", await live.InnerTextAsync(".search-status"), StringComparison.Ordinal);
        Assert.Equal("hukou", await live.InputValueAsync("#search-q"));

        // Without JavaScript the same words, submitted with the form, give the same results.
        var plain = await site.NewPageAsync(javaScript: false);
        await plain.GotoAsync(site.BaseUrl + "/en/search");
        await plain.FillAsync("#search-q", "hukou");
        await plain.ClickAsync(".search-form button[type=submit]");

        Assert.Contains("/en/search?q=hukou&type=all", plain.Url, StringComparison.Ordinal);
        Assert.Equal(await HrefsAsync(live), await HrefsAsync(plain));
        Assert.Equal(await live.InnerTextAsync(".search-status"), await plain.InnerTextAsync(".search-status"));
    }

    [BrowserFact]
    public async Task SwitchingLanguageAfterTypingASearchKeepsTheSearch()
    {
        var page = await site.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        await page.GotoAsync(site.BaseUrl + "/en/search");
        await page.WaitForSelectorAsync(Interactive);
        await page.Locator("#search-q").PressSequentiallyAsync("hukou", new() { Delay = 60 });
        // The layout's language link was rendered for the empty search; the island moves it.
        await page.WaitForSelectorAsync("a.language-switcher[href*='q%3Dhukou']");

        await page.ClickAsync("a.language-switcher");
        await page.WaitForURLAsync(url => url.Contains("/th/search", StringComparison.Ordinal));

        Assert.Contains("/th/search?q=hukou", page.Url, StringComparison.Ordinal);
        Assert.Equal("hukou", await page.InputValueAsync("#search-q"));
        Assert.Contains("/th/glossary#hukou", await HrefsAsync(page));
    }

    [BrowserFact]
    public async Task AThaiReaderTypingThaiGetsTheSameFirstResultWithAndWithoutACircuit()
    {
        var plain = await site.NewPageAsync("th-TH", javaScript: false);
        await plain.GotoAsync(site.BaseUrl + "/th/search");
        await plain.FillAsync("#search-q", "เครดิตสังคม");
        await plain.PressAsync("#search-q", "Enter");
        await plain.WaitForURLAsync(url => url.Contains("/th/search?q=", StringComparison.Ordinal));
        var expected = await HrefsAsync(plain);
        Assert.NotEmpty(expected);
        Assert.Contains("<mark>เครดิตสังคม</mark>", await plain.Locator(".search-hit-snippet").First.InnerHTMLAsync(), StringComparison.Ordinal);

        var live = await site.NewPageAsync("th-TH");
        live.SetDefaultTimeout(30_000);
        await live.GotoAsync(site.BaseUrl + "/th/search");
        await live.WaitForSelectorAsync(Interactive);
        await live.Locator("#search-q").FillAsync("เครดิตสังคม");
        await live.WaitForFunctionAsync(
            "expected => document.querySelector('.search > ol.search-hits .search-hit-title a')?.getAttribute('href') === expected",
            expected[0]);

        Assert.Equal(expected, await HrefsAsync(live));
        Assert.StartsWith("พบ ", await live.InnerTextAsync(".search-status"), StringComparison.Ordinal);
        await live.WaitForURLAsync(url => url.EndsWith("/th/search?q=" + Uri.EscapeDataString("เครดิตสังคม"), StringComparison.Ordinal));
    }

    [BrowserFact]
    public async Task EveryStateOfTheSearchPageHasNoAxeViolations()
    {
        // The page's own content (main), with a live circuit: empty, results, the other
        // language's results, a message and a notice. The layout is checked by AccessibilityTests.
        var failures = new List<string>();
        foreach (var path in new[]
        {
            "/th/search", "/en/search", "/th/search?q=hukou", "/en/search?q=" + Uri.EscapeDataString("เครดิตสังคม"),
            "/th/search?q=***", "/en/search?q=hukou&type=bogus", "/th/search?q=zqxjvwk",
        })
        {
            var page = await site.NewPageAsync(path.StartsWith("/th", StringComparison.Ordinal) ? "th-TH" : "en-GB");
            page.SetDefaultTimeout(30_000);
            await page.GotoAsync(site.BaseUrl + path);
            await page.WaitForSelectorAsync(Interactive);
            var result = await page.Locator("main").RunAxe(new AxeRunOptions
            {
                RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
            });
            failures.AddRange(result.Violations.Select(v =>
                $"{path}: {v.Id} ({v.Impact}) {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}"));
            await page.Context.CloseAsync();
        }

        Assert.True(failures.Count == 0, "axe violations:\n" + string.Join('\n', failures));
    }

    static async Task<List<string>> HrefsAsync(IPage page) =>
        [.. await page.EvalOnSelectorAllAsync<string[]>(HitLinks, "links => links.map(a => a.getAttribute('href'))")];
}
