using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using SocialCreditExplainer.Browser.Tests.Support;

namespace SocialCreditExplainer.Browser.Tests.Compare;

/// <summary>
/// What only a browser can show: the comparison is a table on a wide screen and cards on a phone
/// (CSS only), and citation and glossary tooltips open on keyboard focus without JavaScript.
/// </summary>
public sealed class CompareAndGlossaryBrowserTests(LiveSite site) : IClassFixture<LiveSite>
{
    [BrowserFact]
    public async Task OnAWideScreenTheComparisonIsATable()
    {
        var page = await NewPage("th-TH", width: 1280);
        await page.GotoAsync(site.BaseUrl + "/th/compare");

        Assert.Equal("table", await Display(page, "table.compare-table"));
        Assert.Equal("table-row", await Display(page, "table.compare-table tbody tr"));
        Assert.True(await page.Locator("table.compare-table thead").IsVisibleAsync());
        var china = await page.Locator("tbody tr").First.Locator("td").First.BoundingBoxAsync();
        var thailand = await page.Locator("tbody tr").First.Locator("td").Nth(1).BoundingBoxAsync();
        Assert.Equal(china!.Y, thailand!.Y, 1.0);
        Assert.True(thailand.X > china.X);
    }

    [BrowserFact]
    public async Task OnAPhoneEachDimensionIsACardWithLabelledCells()
    {
        var page = await NewPage("th-TH", width: 375);
        await page.GotoAsync(site.BaseUrl + "/th/compare");

        Assert.Equal("block", await Display(page, "table.compare-table tbody tr"));
        Assert.Equal("block", await Display(page, "table.compare-table td"));
        // The column headers are out of sight but still there for screen readers.
        var thead = await page.Locator("table.compare-table thead").BoundingBoxAsync();
        Assert.True(thead!.Height <= 1);
        var label = await page.EvalOnSelectorAsync<string>("table.compare-table td", "td => getComputedStyle(td, '::before').content");
        // Chromium reports the generated text either resolved or as the attr() it comes from.
        Assert.True(label.Contains("จีน", StringComparison.Ordinal) || label.StartsWith("attr(data-label)", StringComparison.Ordinal), label);
        // Cells stack: Thailand's cell is below China's, not beside it.
        var china = await page.Locator("tbody tr").First.Locator("td").First.BoundingBoxAsync();
        var thailand = await page.Locator("tbody tr").First.Locator("td").Nth(1).BoundingBoxAsync();
        Assert.True(thailand!.Y > china!.Y);
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"));
    }

    [BrowserFact]
    public async Task AComparisonCitationOpensOnKeyboardFocusWithoutJavaScript()
    {
        var page = await NewPage("en-GB", width: 1280, javaScript: false);
        await page.GotoAsync(site.BaseUrl + "/en/compare");

        var marker = page.Locator("table.compare-table a.cite-link").First;
        var tip = page.Locator("table.compare-table .cite").First.Locator(".cite-tip").First;
        Assert.False(await tip.IsVisibleAsync());

        await marker.FocusAsync();

        Assert.True(await tip.IsVisibleAsync());
        Assert.Contains("China Law Translate", await tip.InnerTextAsync(), StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task AGlossaryLinkInAnArticleShowsItsDefinitionOnFocusAndLandsOnTheEntry()
    {
        var page = await NewPage("th-TH", width: 1280, javaScript: false);
        await page.GotoAsync(site.BaseUrl + "/th/articles/checking-the-sources");

        var link = page.Locator(".glossary-term > a[href='/th/glossary#hukou']").First;
        var tip = page.Locator(".glossary-term:has(> a[href='/th/glossary#hukou'])").First.Locator(".glossary-tip");
        Assert.False(await tip.IsVisibleAsync());
        await link.FocusAsync();
        Assert.True(await tip.IsVisibleAsync());

        await link.ClickAsync();
        await page.WaitForURLAsync("**/th/glossary#hukou");
        // Locators work with scripts off (page.EvaluateAsync does not).
        Assert.Equal(1, await page.Locator("#hukou:target").CountAsync());
        Assert.True(await page.Locator("#hukou").IsVisibleAsync());
    }

    [BrowserFact]
    public async Task ThePhoneLayoutsHaveNoAxeViolationsInTheirContent()
    {
        var failures = new List<string>();
        foreach (var path in new[] { "/th/compare", "/en/compare", "/th/glossary", "/en/glossary" })
        {
            var page = await NewPage(path.StartsWith("/th", StringComparison.Ordinal) ? "th-TH" : "en-GB", width: 375);
            await page.GotoAsync(site.BaseUrl + path);
            // The site chrome is checked page by page in AccessibilityTests; this is the card layout.
            var result = await page.Locator("main").RunAxe(new AxeRunOptions
            {
                RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
            });
            failures.AddRange(result.Violations.Select(v => $"{path}: {v.Id} {v.Help} — {string.Join(" | ", v.Nodes.Take(2).Select(n => n.Html))}"));
            await page.Context.CloseAsync();
        }

        Assert.True(failures.Count == 0, "axe violations:\n" + string.Join('\n', failures));
    }

    async Task<IPage> NewPage(string locale, int width, bool javaScript = true)
    {
        var page = await site.NewPageAsync(locale, javaScript);
        await page.SetViewportSizeAsync(width, 900);
        return page;
    }

    static Task<string> Display(IPage page, string selector) =>
        page.EvalOnSelectorAsync<string>(selector, "e => getComputedStyle(e).display");
}
