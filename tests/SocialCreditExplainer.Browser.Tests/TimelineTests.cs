using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;
using SocialCreditExplainer.Browser.Tests.Support;

namespace SocialCreditExplainer.Browser.Tests;

/// <summary>
/// The timeline island in a real browser: the same filters give the same events with a live
/// circuit (the list updates in place) and with JavaScript off (plain form and links).
/// </summary>
public sealed class TimelineTests(TimelineTests.TimelineSite site) : IClassFixture<TimelineTests.TimelineSite>
{
    const string Interactive = ".timeline[data-interactive='true']";

    [BrowserFact]
    public async Task FilteringByCountryThemeAndPeriodGivesTheSameEventsWithAndWithoutACircuit()
    {
        // Without JavaScript: tick, submit the GET form, then follow a period link.
        var plain = await site.NewPageAsync(javaScript: false);
        await plain.GotoAsync(site.BaseUrl + "/en/timeline");
        var total = await EventCountAsync(plain);
        await plain.CheckAsync("#timeline-country-thailand");
        await plain.CheckAsync("#timeline-theme-parliament-politics");
        await plain.CheckAsync("#timeline-theme-public-debate");
        await plain.ClickAsync(".timeline-filter-actions button[type=submit]");
        await plain.ClickAsync(".timeline-periods a:text-is('2021 onwards')");
        var expectedIds = await EventIdsAsync(plain);
        var expectedStatus = await StatusAsync(plain);

        Assert.Equal("?country=thailand&theme=parliament-politics&theme=public-debate&from=2021", new Uri(plain.Url).Query);
        Assert.InRange(expectedIds.Count, 1, total - 1);

        // With a circuit: the same clicks update the list in place, with no page request.
        var live = await site.NewPageAsync();
        await live.GotoAsync(site.BaseUrl + "/en/timeline");
        await live.WaitForSelectorAsync(Interactive);
        var pageRequests = new List<string>();
        live.Request += (_, request) => { if (request.Url.Contains("/en/timeline?", StringComparison.Ordinal)) pageRequests.Add(request.Url); };
        await live.CheckAsync("#timeline-country-thailand");
        await live.CheckAsync("#timeline-theme-parliament-politics");
        await live.CheckAsync("#timeline-theme-public-debate");
        await live.ClickAsync(".timeline-periods a:text-is('2021 onwards')");
        await WaitForStatusAsync(live, expectedStatus);

        Assert.Equal(expectedIds, await EventIdsAsync(live));
        Assert.Empty(pageRequests);
        await live.WaitForURLAsync(url => url.EndsWith("/en/timeline?country=thailand&theme=parliament-politics&theme=public-debate&from=2021", StringComparison.Ordinal));
        Assert.Equal("status", await live.GetAttributeAsync(".timeline-status", "role"));
    }

    [BrowserFact]
    public async Task AThaiReaderTypingABuddhistEraYearGetsTheSameEventsWithAndWithoutACircuit()
    {
        var plain = await site.NewPageAsync("th-TH", javaScript: false);
        await plain.GotoAsync(site.BaseUrl + "/th/timeline");
        await plain.CheckAsync("#timeline-country-china");
        await plain.FillAsync("#timeline-from", "2557");
        await plain.FillAsync("#timeline-to", "2563");
        await plain.ClickAsync(".timeline-filter-actions button[type=submit]");
        var expectedIds = await EventIdsAsync(plain);
        var expectedStatus = await StatusAsync(plain);

        Assert.Contains("era=be", plain.Url, StringComparison.Ordinal);
        Assert.NotEmpty(expectedIds);
        Assert.StartsWith("แสดง ", expectedStatus, StringComparison.Ordinal);

        var live = await site.NewPageAsync("th-TH");
        await live.GotoAsync(site.BaseUrl + "/th/timeline");
        await live.WaitForSelectorAsync(Interactive);
        await live.CheckAsync("#timeline-country-china");
        await live.FillAsync("#timeline-from", "2557");
        await live.FillAsync("#timeline-to", "2563");
        await live.PressAsync("#timeline-to", "Enter");
        await WaitForStatusAsync(live, expectedStatus);

        Assert.Equal(expectedIds, await EventIdsAsync(live));
        await live.WaitForURLAsync(url => url.EndsWith("/th/timeline?country=china&from=2014&to=2020", StringComparison.Ordinal));
    }

    [BrowserFact]
    public async Task AnEventsSourceCardShowsOnKeyboardFocus()
    {
        var page = await site.NewPageAsync(javaScript: false);
        await page.GotoAsync(site.BaseUrl + "/en/timeline");
        var item = page.Locator("#cn-grid-management");
        var marker = item.Locator(".event-summary a.cite-link").First;
        var tip = item.Locator(".event-summary .cite-tip").First;

        Assert.False(await tip.IsVisibleAsync());
        await marker.FocusAsync();
        await page.Keyboard.PressAsync("Shift+Tab");
        Assert.False(await tip.IsVisibleAsync());
        await page.Keyboard.PressAsync("Tab");

        Assert.Equal("[1]", await page.EvaluateAsync<string>("() => document.activeElement.textContent"));
        Assert.True(await tip.IsVisibleAsync());
        Assert.Contains("Wikipedia", await tip.InnerTextAsync(), StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task SwitchingLanguageAfterFilteringInPlaceKeepsTheFilter()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "/en/timeline");
        await page.WaitForSelectorAsync(Interactive);
        await page.CheckAsync("#timeline-country-thailand");
        // The layout's language link was rendered for the unfiltered page; the island moves it.
        await page.WaitForSelectorAsync("a.language-switcher[href*='country%3Dthailand']");
        var filtered = await EventIdsAsync(page);

        await page.ClickAsync("a.language-switcher");
        await page.WaitForURLAsync(url => url.Contains("/th/timeline", StringComparison.Ordinal));

        Assert.EndsWith("/th/timeline?country=thailand", page.Url, StringComparison.Ordinal);
        Assert.Equal(filtered, await EventIdsAsync(page));
    }

    static async Task<int> EventCountAsync(IPage page) => await page.Locator("ol.timeline-events > li").CountAsync();

    static async Task<List<string>> EventIdsAsync(IPage page) =>
        [.. await page.EvalOnSelectorAllAsync<string[]>("ol.timeline-events > li", "items => items.map(i => i.id)")];

    static async Task<string> StatusAsync(IPage page) => (await page.InnerTextAsync(".timeline-status")).Trim();

    static Task WaitForStatusAsync(IPage page, string status) =>
        page.WaitForFunctionAsync("expected => document.querySelector('.timeline-status')?.textContent.trim() === expected", status);

    /// <summary>
    /// The site on Kestrel with its static web assets (Blazor's script, the CSS bundle), which a
    /// Production host only finds through the build's manifest, and a headless Chromium.
    /// </summary>
    public sealed class TimelineSite : IAsyncLifetime
    {
        readonly SiteOnKestrel _factory = new();
        IPlaywright? _playwright;
        IBrowser? _browser;

        public string BaseUrl { get; private set; } = string.Empty;

        public async Task InitializeAsync()
        {
            _factory.UseKestrel(0);
            _factory.StartServer();
            BaseUrl = _factory.ClientOptions.BaseAddress.ToString().TrimEnd('/');
            if (!File.Exists(BrowserPaths.Chromium))
            {
                return;
            }

            _playwright = await Playwright.CreateAsync();
            _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = BrowserPaths.Chromium,
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
            });
        }

        public async Task<IPage> NewPageAsync(string locale = "en-GB", bool javaScript = true)
        {
            var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
            {
                Locale = locale,
                JavaScriptEnabled = javaScript,
                ExtraHTTPHeaders = new Dictionary<string, string> { ["Accept-Language"] = locale },
            });
            var page = await context.NewPageAsync();
            page.SetDefaultTimeout(30_000);
            return page;
        }

        public async Task DisposeAsync()
        {
            if (_browser is not null)
            {
                await _browser.CloseAsync();
            }

            _playwright?.Dispose();
            await _factory.DisposeAsync();
        }

        sealed class SiteOnKestrel : WebApplicationFactory<Program>
        {
            protected override void ConfigureWebHost(IWebHostBuilder builder)
            {
                builder.UseEnvironment("Production");
                builder.UseStaticWebAssets();
                builder.UseSetting("Content:Root", RepositoryContent());
                builder.UseSetting("Content:WatchForChanges", "false");
            }

            static string RepositoryContent()
            {
                for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                {
                    if (File.Exists(Path.Combine(dir.FullName, "SocialCreditExplainer.sln")))
                    {
                        return Path.Combine(dir.FullName, "content");
                    }
                }

                throw new InvalidOperationException("No repository root found.");
            }
        }
    }
}
