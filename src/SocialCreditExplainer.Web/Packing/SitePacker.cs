using System.IO.Compression;
using System.Text;
using System.Text.Json;
using SocialCreditExplainer.Content;
using SocialCreditExplainer.Content.Languages;

namespace SocialCreditExplainer.Web.Packing;

/// <summary>
/// Makes the offline classroom pack from a running site: crawls both languages, rewrites every
/// link to a relative path ending in <c>index.html</c>, writes the files into a folder and zips
/// that folder beside it (<c>folder.zip</c>).
/// </summary>
/// <param name="client">A client for the running site that does not follow redirects.</param>
/// <param name="snapshot">The content the site serves (for the pack's own pages).</param>
/// <param name="time">The clock for the pack's date.</param>
/// <param name="origin">The public address the pages are rendered for; the client's base address when null.</param>
public sealed class SitePacker(HttpClient client, ContentSnapshot snapshot, TimeProvider time, Uri? origin = null)
{
    /// <summary>Written into every pack; its presence is what lets a later pack replace the folder.</summary>
    public const string ManifestFile = "pack-manifest.json";

    static readonly JsonSerializerOptions ManifestJson = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public async Task<PackResult> PackAsync(string outputFolder, CancellationToken cancellationToken = default)
    {
        var folder = Path.GetFullPath(outputFolder);
        PrepareFolder(folder);

        var preparedOn = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        var crawler = new SiteCrawler(client, new OfflineNotices(snapshot, preparedOn), origin);
        var starts = SiteLanguage.All.Select(SiteUrls.Home).Prepend(OfflineNotices.RootKey);
        var site = await crawler.CrawlAsync(starts, cancellationToken);

        long bytes = 0;
        foreach (var resource in site.Resources.Values)
        {
            var path = Path.Combine(folder, resource.File.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var content = resource.IsPage ? Encoding.UTF8.GetBytes(RewritePage(resource, site))
                : resource.IsStylesheet ? Encoding.UTF8.GetBytes(RewriteStylesheet(resource, site))
                : resource.Bytes!;
            await File.WriteAllBytesAsync(path, content, cancellationToken);
            bytes += content.Length;
        }

        var pages = site.Pages.Count();
        var manifest = new PackManifest(time.GetUtcNow(), snapshot.Version, pages, site.Resources.Count - pages, [.. SiteLanguage.All.Select(l => l.Code)]);
        await File.WriteAllTextAsync(Path.Combine(folder, ManifestFile), JsonSerializer.Serialize(manifest, ManifestJson), cancellationToken);

        var zip = folder + ".zip";
        File.Delete(zip);
        await ZipFile.CreateFromDirectoryAsync(folder, zip, CompressionLevel.Optimal, includeBaseDirectory: true, cancellationToken);

        return new PackResult(folder, zip, pages, site.Resources.Count - pages, bytes, new FileInfo(zip).Length, site.Broken);
    }

    /// <summary>
    /// Every link of the site becomes a relative path to its file; a link to a page that is not in
    /// the pack loses its <c>href</c> (plain text, not a broken link); other sites' links stay.
    /// </summary>
    static string RewritePage(CrawledResource page, CrawledSite site) =>
        OfflineHtml.RewriteLinks(page.Html!, link =>
        {
            if (link.StartsWith('#') || !site.IsSiteLink(link))
            {
                return link;
            }

            var fragment = link.IndexOf('#', StringComparison.Ordinal) is var hash and >= 0 ? link[hash..] : string.Empty;
            return site.Find(link) switch
            {
                null => null,
                var target when target.File == page.File && fragment.Length > 0 => fragment,
                var target => PackPaths.RelativeHref(page.File, target.File) + fragment,
            };
        });

    static string RewriteStylesheet(CrawledResource stylesheet, CrawledSite site)
    {
        var self = new Uri(site.Origin, stylesheet.Key);
        return CssLinks.Rewrite(Encoding.UTF8.GetString(stylesheet.Bytes!), link =>
            site.Find(link, self) is { } target ? PackPaths.RelativeHref(stylesheet.File, target.File) : null);
    }

    /// <summary>
    /// An empty or missing folder is used as it is; a folder holding an earlier pack is emptied;
    /// anything else is refused, so a mistyped path never deletes someone's files.
    /// </summary>
    static void PrepareFolder(string folder)
    {
        if (File.Exists(folder))
        {
            throw new PackFolderException($"{folder} is a file; give a folder for the pack.");
        }

        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
        {
            if (!File.Exists(Path.Combine(folder, ManifestFile)))
            {
                throw new PackFolderException($"{folder} is not empty and holds no earlier pack ({ManifestFile}); give an empty or new folder.");
            }

            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
    }

    /// <summary>What a pack holds, written into it as <see cref="ManifestFile"/>.</summary>
    sealed record PackManifest(DateTimeOffset CreatedAt, string ContentVersion, int Pages, int Files, IReadOnlyList<string> Languages);
}

/// <summary>What the pack command wrote.</summary>
public sealed record PackResult(string Folder, string Zip, int Pages, int Files, long Bytes, long ZipBytes, IReadOnlyList<BrokenLink> Broken);

/// <summary>The output folder cannot be used (it is a file, or holds other files).</summary>
public sealed class PackFolderException(string message) : Exception(message);
