using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using SocialCreditExplainer.Browser.Tests.Support;

namespace SocialCreditExplainer.Browser.Tests.Compare;

public sealed class TempStaticCheck
{
    const string Base = "http://127.0.0.1:8765/";

    [BrowserFact]
    public async Task Check()
    {
        using var pw = await Playwright.CreateAsync();
        await using var browser = await pw.Chromium.LaunchAsync(new() { ExecutablePath = BrowserPaths.Chromium, Headless = true, Args = ["--no-sandbox"] });
        var notes = new List<string>();

        var ctx = await browser.NewContextAsync(new() { JavaScriptEnabled = false, ViewportSize = new() { Width = 375, Height = 900 } });
        var page = await ctx.NewPageAsync();
        await page.GotoAsync(Base + "th_compare.html");
        notes.Add("phone tr: " + await page.EvalOnSelectorAsync<string>("table.compare-table tbody tr", "e => getComputedStyle(e).display"));
        notes.Add("phone thead h: " + (await page.Locator("table.compare-table thead").BoundingBoxAsync())!.Height);
        notes.Add("phone before: " + await page.EvalOnSelectorAsync<string>("table.compare-table td", "td => getComputedStyle(td, '::before').content"));
        notes.Add("phone overflow ok: " + await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"));
        foreach (var p in new[] { "th_compare.html", "th_glossary.html", "en_compare.html" })
        {
            await page.GotoAsync(Base + p);
            var r = await page.Locator("main").RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] } });
            notes.AddRange(r.Violations.Select(v => $"axe {p}: {v.Id} {string.Join(" | ", v.Nodes.Take(2).Select(n => n.Html))}"));
        }

        var wide = await browser.NewContextAsync(new() { JavaScriptEnabled = false, ViewportSize = new() { Width = 1280, Height = 900 } });
        var w = await wide.NewPageAsync();
        await w.GotoAsync(Base + "th_compare.html");
        notes.Add("wide table: " + await w.EvalOnSelectorAsync<string>("table.compare-table", "e => getComputedStyle(e).display"));
        var tip = w.Locator("table.compare-table .cite").First.Locator(".cite-tip").First;
        notes.Add("tip before: " + await tip.IsVisibleAsync());
        await w.Locator("table.compare-table a.cite-link").First.FocusAsync();
        notes.Add("tip after focus: " + await tip.IsVisibleAsync());
        var r2 = await w.Locator("main").RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] } });
        notes.AddRange(r2.Violations.Select(v => $"axe wide: {v.Id} {string.Join(" | ", v.Nodes.Take(2).Select(n => n.Html))}"));
        Assert.Fail(string.Join("\n", notes));
    }
}
