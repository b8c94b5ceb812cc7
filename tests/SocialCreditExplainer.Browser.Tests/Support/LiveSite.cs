using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;

namespace SocialCreditExplainer.Browser.Tests.Support;

/// <summary>
/// The real site on a real Kestrel port with the repository's content, and one headless
/// Chromium (Debian's, not a downloaded one) shared by the tests of a class.
/// </summary>
public sealed class LiveSite : IAsyncLifetime
{
    readonly SiteOnKestrel _factory = new();
    IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        _factory.UseKestrel(0);
        _factory.StartServer();
        BaseUrl = _factory.ClientOptions.BaseAddress.ToString().TrimEnd('/');
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserPaths.Chromium,
            Headless = true,
            // The machine has no network but loopback: keep Chromium from trying to phone home.
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
            ],
        });
    }

    /// <summary>A fresh page in a fresh context with the given browser locale.</summary>
    public async Task<IPage> NewPageAsync(string locale = "en-GB", bool javaScript = true)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = locale,
            JavaScriptEnabled = javaScript,
            ExtraHTTPHeaders = new Dictionary<string, string> { ["Accept-Language"] = locale },
        });
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        await _factory.DisposeAsync();
    }

    sealed class SiteOnKestrel : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");

            // Outside Development the test host would not find the CSS, fonts and Blazor's script
            // in the build output; this reads them from the static web assets manifest as a
            // published site finds them in wwwroot.
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
