using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using SocialCreditExplainer.Browser.Tests.Support;
using SocialCreditExplainer.Web.Hosting;

namespace SocialCreditExplainer.Browser.Tests;

/// <summary>
/// The offline classroom pack as a teacher uses it: made by the real <c>pack</c> command, then
/// opened from disk (<c>file://</c>, no server at all) and browsed by following its links.
/// </summary>
public sealed class OfflinePackTests(OfflinePackTests.PackOnDisk pack) : IClassFixture<OfflinePackTests.PackOnDisk>
{
    [BrowserFact]
    public async Task ThePackOpensFromDiskAndItsLinksLeadToAnArticleAndASource()
    {
        var page = await pack.NewPageAsync();

        // The Thai home page, straight from the disk.
        await page.GotoAsync(pack.FileUrl("th", "index.html"));
        Assert.Equal("th", await page.GetAttributeAsync("html", "lang"));
        await AssertThaiFontLoadedAsync(page);
        await AssertEveryLinkIsOnDiskAsync(page);

        // On to an article, by its link.
        await page.ClickAsync("main a[href$='articles/what-is-social-credit/index.html']");
        await page.WaitForLoadStateAsync(LoadState.Load);
        Assert.StartsWith("file://", page.Url, StringComparison.Ordinal);
        Assert.EndsWith("/th/articles/what-is-social-credit/index.html", page.Url, StringComparison.Ordinal);
        Assert.Equal("เครดิตสังคมคืออะไร", (await page.InnerTextAsync("h1")).Trim());
        await AssertThaiFontLoadedAsync(page);
        await AssertEveryLinkIsOnDiskAsync(page);

        // On to a source the article cites, from its references.
        await page.ClickAsync(".references a[href*='sources/']");
        await page.WaitForLoadStateAsync(LoadState.Load);
        Assert.Matches("/th/sources/[a-z0-9-]+/index.html$", page.Url);
        Assert.False(string.IsNullOrWhiteSpace(await page.InnerTextAsync("h1")));
        await AssertThaiFontLoadedAsync(page);
        await AssertEveryLinkIsOnDiskAsync(page);

        // And across to the same page in English with the language switcher.
        await page.ClickAsync("a.language-switcher");
        await page.WaitForLoadStateAsync(LoadState.Load);
        Assert.Matches("/en/sources/[a-z0-9-]+/index.html$", page.Url);
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
    }

    [BrowserFact]
    public async Task AnArticleHandoutFromThePackPrintsOnA4WithoutTheSiteNavigation()
    {
        var page = await pack.NewPageAsync();
        await page.GotoAsync(pack.FileUrl("th", "articles", "what-is-social-credit", "index.html"));

        await page.ClickAsync("a[href$='handout/index.html']");
        await page.WaitForLoadStateAsync(LoadState.Load);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        Assert.EndsWith("/th/articles/what-is-social-credit/handout/index.html", page.Url, StringComparison.Ordinal);
        Assert.False(await page.IsVisibleAsync("header.site-header"));
        Assert.False(await page.IsVisibleAsync(".handout-screen-note"));
        Assert.True(await page.IsVisibleAsync(".handout-references a.ref-url"));
        Assert.StartsWith("จัดทำเมื่อ", (await page.InnerTextAsync(".handout-prepared")).Trim(), StringComparison.Ordinal);
        await AssertEveryLinkIsOnDiskAsync(page);
    }

    [BrowserFact]
    public async Task SearchInThePackSaysItNeedsTheOnlineSite()
    {
        var page = await pack.NewPageAsync();
        await page.GotoAsync(pack.FileUrl("en", "index.html"));

        await page.ClickAsync("nav.site-nav a[href$='search/index.html']");
        await page.WaitForLoadStateAsync(LoadState.Load);

        Assert.Contains("Search needs the online site", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        await AssertEveryLinkIsOnDiskAsync(page);
    }

    [BrowserFact]
    public async Task ThePacksOwnPagesAndHandoutsHaveNoAxeViolations()
    {
        var failures = new List<string>();
        string[][] pages =
        [
            ["index.html"], ["th", "teach", "index.html"], ["en", "search", "index.html"],
            ["th", "articles", "what-is-social-credit", "handout", "index.html"], ["en", "articles", "thailand-vs-china", "handout", "index.html"],
        ];
        foreach (var parts in pages)
        {
            var page = await pack.NewPageAsync(javaScript: true);
            await page.GotoAsync(pack.FileUrl(parts));
            // The language switcher and citation markers are the site's shared parts, checked (with
            // every page type) by AccessibilityTests; this checks what the pack and the handouts add.
            var context = new AxeRunContext { Exclude = [new AxeSelector(".language-switcher"), new AxeSelector(".cite-link")] };
            var result = await page.RunAxe(context, new AxeRunOptions
            {
                RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
            });
            failures.AddRange(result.Violations.Select(v => $"{string.Join('/', parts)}: {v.Id} {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}"));
            await page.Context.CloseAsync();
        }

        Assert.True(failures.Count == 0, "axe violations:\n" + string.Join('\n', failures));
    }

    static async Task AssertThaiFontLoadedAsync(IPage page)
    {
        var thaiFaceLoaded = await page.EvaluateAsync<bool>(
            "async () => { await document.fonts.ready; return [...document.fonts].some(f => f.family.replace(/\"/g, '') === 'Sarabun' && f.status === 'loaded' && f.unicodeRange.includes('E01')); }");
        var family = await page.EvalOnSelectorAsync<string>("h1", "e => getComputedStyle(e).fontFamily");

        Assert.True(thaiFaceLoaded, $"The Thai subset of Sarabun did not load on {page.Url}.");
        Assert.StartsWith("Sarabun", family.Trim('"'), StringComparison.Ordinal);
    }

    /// <summary>Every link and stylesheet of the page that stays in the pack names a file that exists.</summary>
    static async Task AssertEveryLinkIsOnDiskAsync(IPage page)
    {
        var targets = await page.EvalOnSelectorAllAsync<string[]>("a[href], link[href]", "els => els.map(e => e.href)");
        var local = targets.Select(t => new Uri(t)).Where(u => u.IsFile).ToList();

        Assert.NotEmpty(local);
        var missing = local.Where(u => !File.Exists(u.LocalPath)).Select(u => u.LocalPath).Distinct().ToList();
        Assert.True(missing.Count == 0, $"{page.Url} links to files that are not in the pack:\n{string.Join('\n', missing)}");
    }

    /// <summary>A pack made once by the real command into a temporary folder, and one headless Chromium.</summary>
    public sealed class PackOnDisk : IAsyncLifetime
    {
        readonly string _parent = Path.Combine(Path.GetTempPath(), "sce-browser-pack-" + Guid.NewGuid().ToString("N"));
        IPlaywright? _playwright;
        IBrowser? _browser;

        public string Folder => Path.Combine(_parent, "pack");

        public async Task InitializeAsync()
        {
            if (!File.Exists(BrowserPaths.Chromium))
            {
                return;
            }

            var output = new StringWriter();
            var exit = await PackCommand.RunAsync(["pack", Folder, "--content", RepositoryContent(), "--site-url", "https://school.example"], output);
            Assert.True(exit == 0, output.ToString());

            _playwright = await Playwright.CreateAsync();
            _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = BrowserPaths.Chromium,
                Headless = true,
                Args =
                [
                    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                ],
            });
        }

        /// <summary>A fresh page in a Thai browser, with JavaScript off unless a tool needs it: the pack needs none.</summary>
        public async Task<IPage> NewPageAsync(bool javaScript = false)
        {
            var context = await _browser!.NewContextAsync(new BrowserNewContextOptions { Locale = "th-TH", JavaScriptEnabled = javaScript });
            return await context.NewPageAsync();
        }

        public string FileUrl(params string[] parts) => new Uri(Path.Combine([Folder, .. parts])).AbsoluteUri;

        public async Task DisposeAsync()
        {
            if (_browser is not null)
            {
                await _browser.CloseAsync();
            }

            _playwright?.Dispose();
            if (Directory.Exists(_parent))
            {
                Directory.Delete(_parent, recursive: true);
            }
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
