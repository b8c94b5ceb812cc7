namespace SocialCreditExplainer.Web.Packing;

/// <summary>Everything a crawl fetched, keyed as <see cref="SiteCrawler"/> keys links, with redirects and failures.</summary>
public sealed class CrawledSite(
    IReadOnlyDictionary<string, CrawledResource> resources,
    IReadOnlyDictionary<string, string> aliases,
    IReadOnlyList<BrokenLink> broken,
    SiteCrawler crawler)
{
    public IReadOnlyDictionary<string, CrawledResource> Resources { get; } = resources;

    /// <summary>Keys that redirected, and where to.</summary>
    public IReadOnlyDictionary<string, string> Aliases { get; } = aliases;

    /// <summary>Links to pages of the site that could not be fetched (they become plain text in the pack).</summary>
    public IReadOnlyList<BrokenLink> Broken { get; } = broken;

    public IEnumerable<CrawledResource> Pages => Resources.Values.Where(r => r.IsPage);

    /// <summary>The fetched resource a link from a page or stylesheet leads to, or null when it leaves the site or was not fetched.</summary>
    public CrawledResource? Find(string link, Uri? baseUri = null)
    {
        var key = crawler.KeyOf(link, baseUri);
        for (var hops = 0; key is not null && hops < 10 && Aliases.TryGetValue(key, out var target); hops++)
        {
            key = target;
        }

        return key is not null && Resources.TryGetValue(key, out var resource) ? resource : null;
    }

    /// <summary>Whether a link stays on the site (so a pack must not keep it as it is).</summary>
    public bool IsSiteLink(string link, Uri? baseUri = null) => crawler.KeyOf(link, baseUri) is not null;

    public Uri Origin => crawler.Origin;
}
