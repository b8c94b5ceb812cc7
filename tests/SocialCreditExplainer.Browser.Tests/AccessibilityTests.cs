using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using SocialCreditExplainer.Browser.Tests.Support;

namespace SocialCreditExplainer.Browser.Tests;

/// <summary>
/// WCAG 2.2 AA on every page type in both languages, checked by axe-core in a real browser, and
/// the main journeys walked with the keyboard alone.
/// </summary>
public sealed class AccessibilityTests(LiveSite site) : IClassFixture<LiveSite>
{
    static readonly string[] PageTypes =
    [
        "/", "/articles", "/articles/what-is-social-credit", "/articles/thailand-vs-china",
        "/sources", "/sources/clt-planning-outline-2014", "/timeline", "/compare", "/glossary",
        "/search?q=hukou", "/no-such-page",
    ];

    [BrowserFact]
    public async Task EveryPageTypeInBothLanguagesHasNoAxeViolations()
    {
        var failures = new List<string>();
        foreach (var lang in new[] { "th", "en" })
        {
            foreach (var path in PageTypes)
            {
                var page = await site.NewPageAsync(lang == "th" ? "th-TH" : "en-GB");
                await page.GotoAsync($"{site.BaseUrl}/{lang}{path}");
                var result = await page.RunAxe(new AxeRunOptions
                {
                    RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
                });
                failures.AddRange(result.Violations.Select(v =>
                    $"/{lang}{path}: {v.Id} ({v.Impact}) {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}"));
                await page.Context.CloseAsync();
            }
        }

        Assert.True(failures.Count == 0, "axe violations:\n" + string.Join('\n', failures));
    }

    [BrowserFact]
    public async Task TheKeyboardAloneReachesTheMainJourneys()
    {
        var page = await site.NewPageAsync("th-TH");
        await page.GotoAsync(site.BaseUrl + "/th/");

        // Blazor puts focus on the page's heading so a screen reader announces the page; from the
        // top of the document the first Tab reaches the skip link, visible when focused.
        await page.EvaluateAsync("() => { document.documentElement.tabIndex = -1; document.documentElement.focus(); }");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("skip-link", await page.EvaluateAsync<string>("() => document.activeElement.className"));
        Assert.True(await page.Locator(".skip-link").IsVisibleAsync());

        // Tab until the language switcher has focus, then Enter switches language.
        await TabUntil(page, "a.language-switcher");
        var landed = page.WaitForURLAsync("**/en/");
        await page.Keyboard.PressAsync("Enter");
        await landed;
        Assert.EndsWith("/en/", page.Url, StringComparison.Ordinal);

        // Tab to the first article link and open it with Enter.
        await TabUntil(page, ".article-card h3 a");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync("article.article h1");
        Assert.Contains("/en/articles/", page.Url, StringComparison.Ordinal);

        // Focus is visibly marked on the focused link.
        await TabUntil(page, ".article-body a.cite-link");
        var outline = await page.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).outlineStyle");
        Assert.NotEqual("none", outline);
    }

    [BrowserFact]
    public async Task ReducedMotionIsRespected()
    {
        var page = await site.NewPageAsync("en-GB");
        await page.EmulateMediaAsync(new() { ReducedMotion = Microsoft.Playwright.ReducedMotion.Reduce });
        await page.GotoAsync(site.BaseUrl + "/en/");
        var behaviour = await page.EvaluateAsync<string>("() => getComputedStyle(document.documentElement).scrollBehavior");
        Assert.Equal("auto", behaviour);
    }

    static async Task TabUntil(Microsoft.Playwright.IPage page, string selector)
    {
        for (var i = 0; i < 200; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>("s => document.activeElement && document.activeElement.matches(s)", selector))
            {
                return;
            }
        }

        Assert.Fail($"Tab never reached {selector}");
    }
}
