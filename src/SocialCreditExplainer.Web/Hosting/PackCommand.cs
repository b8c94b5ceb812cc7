using System.Globalization;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using SocialCreditExplainer.Web.Packing;
using SocialCreditExplainer.Web.Site;

namespace SocialCreditExplainer.Web.Hosting;

/// <summary>
/// <c>dotnet run --project src/SocialCreditExplainer.Web -- pack [output-folder] [--site-url https://...] [--content content-folder]</c>:
/// renders the whole site, both languages, into a folder of static pages that work from
/// <c>file://</c> and on any static host, plus a zip of it beside the folder. The site runs
/// in-process on a free loopback port for the few seconds it takes; nothing else is started.
/// Pages are rendered as if served from <c>--site-url</c> (through the loopback proxy headers the
/// site already trusts), so "cite this page" and similar absolute links name the public site.
/// </summary>
public static class PackCommand
{
    /// <summary>Under the repository's ignored <c>pack/</c> folder when run from the repository root.</summary>
    public const string DefaultFolder = "pack/socialcreditexplainer";

    /// <summary>What <c>dotnet run</c> serves (see README) when no public address is given.</summary>
    public const string DefaultSiteUrl = "http://localhost:5080";

    const string Usage = "Usage: pack [output-folder] [--site-url https://public.address] [--content content-folder]";

    public static bool IsRequested(string[] args) => args.Length > 0 && args[0] == "pack";

    public static async Task<int> RunAsync(string[] args, TextWriter? output = null, CancellationToken cancellationToken = default)
    {
        output ??= Console.Out;
        if (!TryParse(args, out var folder, out var siteUrl, out var contentRoot))
        {
            await Console.Error.WriteLineAsync(Usage);
            return 2;
        }

        await using var app = BuildSite(contentRoot);
        await app.StartAsync(cancellationToken);
        try
        {
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = new Uri(address) };
            client.DefaultRequestHeaders.Host = siteUrl.Authority;
            client.DefaultRequestHeaders.Add("X-Forwarded-Proto", siteUrl.Scheme);
            client.DefaultRequestHeaders.Add("X-Forwarded-For", "127.0.0.1");
            var packer = new SitePacker(client, app.Services.GetRequiredService<ContentStore>().Current, app.Services.GetRequiredService<TimeProvider>(), siteUrl);
            var result = await packer.PackAsync(folder, cancellationToken);
            Report(result, siteUrl, output);

            // The pack is written either way, but one with holes should not pass a script unnoticed.
            return result.Broken.Count == 0 ? 0 : 1;
        }
        catch (PackFolderException ex)
        {
            await Console.Error.WriteLineAsync(ex.Message);
            return 2;
        }
        finally
        {
            await app.StopAsync(CancellationToken.None);
        }
    }

    /// <summary>
    /// The real site, as <c>Program</c> builds it, with what a one-off crawl needs: a free loopback
    /// port, static assets found from the build output whatever the environment, no file watching,
    /// no rate limit on its own requests, and only warnings in the log.
    /// </summary>
    static WebApplication BuildSite(string? contentRoot)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(PackCommand).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
        });
        var settings = new Dictionary<string, string?>
        {
            ["Content:WatchForChanges"] = "false",
            ["RateLimits:PermitsPerMinute"] = int.MaxValue.ToString(CultureInfo.InvariantCulture),
            ["Serilog:MinimumLevel:Default"] = "Warning",
            ["Serilog:MinimumLevel:Override:Microsoft.AspNetCore"] = "Warning",
            ["Serilog:MinimumLevel:Override:Microsoft.Hosting.Lifetime"] = "Warning",
        };
        if (contentRoot is not null)
        {
            settings["Content:Root"] = contentRoot;
        }

        builder.Configuration.AddInMemoryCollection(settings);
        builder.WebHost.UseStaticWebAssets();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddSiteServices();

        var app = builder.Build();
        app.UseSite();
        return app;
    }

    static bool TryParse(string[] args, out string folder, out Uri siteUrl, out string? contentRoot)
    {
        folder = DefaultFolder;
        siteUrl = new Uri(DefaultSiteUrl);
        contentRoot = null;
        var positional = 0;
        for (var i = 1; i < args.Length; i++)
        {
            if (args[i] == "--content" && i + 1 < args.Length)
            {
                contentRoot = Path.GetFullPath(args[++i]);
            }
            else if (args[i] == "--site-url" && i + 1 < args.Length)
            {
                // The site has no path base: only an origin (scheme, host, port) can be served.
                if (!Uri.TryCreate(args[++i], UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https") || url.AbsolutePath != "/")
                {
                    return false;
                }

                siteUrl = url;
            }
            else if (!args[i].StartsWith("--", StringComparison.Ordinal) && positional++ == 0)
            {
                folder = args[i];
            }
            else
            {
                return false;
            }
        }

        return true;
    }

    static void Report(PackResult result, Uri siteUrl, TextWriter output)
    {
        output.WriteLine($"Packed {result.Pages} pages and {result.Files} other files ({Size(result.Bytes)}) into {result.Folder}");
        output.WriteLine($"Zip: {result.Zip} ({Size(result.ZipBytes)})");
        output.WriteLine($"Open {Path.Combine(result.Folder, "index.html")} in a browser, or put the folder on any static host.");
        output.WriteLine($"Citations in the pack name the online site as {siteUrl.GetLeftPart(UriPartial.Authority)} (set it with --site-url).");
        if (result.Broken.Count > 0)
        {
            output.WriteLine($"{result.Broken.Count} links lead to pages or files the site could not serve; they are plain text in the pack:");
            foreach (var link in result.Broken)
            {
                output.WriteLine($"  {link.Target} ({link.Status}), linked from {link.LinkedFrom}");
            }
        }
    }

    static string Size(long bytes) => bytes >= 1024 * 1024
        ? (bytes / (1024.0 * 1024)).ToString("0.0", CultureInfo.InvariantCulture) + " MB"
        : (bytes / 1024.0).ToString("0", CultureInfo.InvariantCulture) + " KB";
}
