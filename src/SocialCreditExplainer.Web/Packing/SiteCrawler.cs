using System.Collections.Concurrent;
using System.Net;
using System.Text;
using SocialCreditExplainer.Content.Languages;

namespace SocialCreditExplainer.Web.Packing;

/// <summary>
/// Fetches the whole site from a running instance by following its own links, level by level
/// from the start pages, so the pack holds exactly what a reader can reach. Links are read from
/// the pages as cleaned for offline use (no forms, no scripts), so what needs the server is never
/// followed. A key is a root-relative path plus, for a filtered page, its query string.
/// </summary>
public sealed class SiteCrawler
{
    /// <summary>Filtered versions kept per page (the sources by country, the timeline by period); more fall back to the unfiltered page.</summary>
    public const int MaxQueryVariantsPerPage = 50;

    /// <summary>A guard against a bug making endless links, far above the site's size.</summary>
    public const int MaxResources = 20_000;

    const int Parallelism = 4;

    readonly HttpClient _client;
    readonly Uri _origin;
    readonly OfflineNotices _notices;
    readonly Dictionary<string, List<string>> _variants = new(StringComparer.Ordinal);

    /// <param name="client">A client for the site that does not follow redirects, with the running site's address as its base address.</param>
    /// <param name="notices">The pages that need the server, and what the pack shows instead.</param>
    /// <param name="origin">
    /// The site's public address when the pages are rendered for it (absolute links to it are the
    /// site's own); the client's base address when null.
    /// </param>
    public SiteCrawler(HttpClient client, OfflineNotices notices, Uri? origin = null)
    {
        _client = client;
        _origin = new Uri(origin ?? client.BaseAddress ?? throw new ArgumentException("The client needs the site's address as its BaseAddress.", nameof(client)), "/");
        _notices = notices;
    }

    /// <summary>Pages that need the server: the search and the teachers' builder (with everything under it).</summary>
    public static readonly IReadOnlySet<string> OnlineOnlySections = new HashSet<string>(StringComparer.Ordinal) { "search", "teach" };

    public async Task<CrawledSite> CrawlAsync(IEnumerable<string> startPaths, CancellationToken cancellationToken)
    {
        var resources = new Dictionary<string, CrawledResource>(StringComparer.Ordinal);
        var aliases = new Dictionary<string, string>(StringComparer.Ordinal);
        var broken = new List<BrokenLink>();
        var referrers = new Dictionary<string, string>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);

        var level = new List<string>();
        foreach (var start in startPaths)
        {
            if (CanonicalKey(start) is { } key && seen.Add(key))
            {
                level.Add(key);
                referrers[key] = "(start)";
            }
        }

        while (level.Count > 0)
        {
            if (seen.Count > MaxResources)
            {
                throw new InvalidOperationException($"The site links to more than {MaxResources} pages and files; the crawl stopped to avoid an endless loop.");
            }

            var outcomes = new ConcurrentDictionary<string, FetchOutcome>(StringComparer.Ordinal);
            await Parallel.ForEachAsync(
                level,
                new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
                async (key, token) => outcomes[key] = await FetchAsync(key, token));

            // Links are taken in a fixed order, so which filtered pages make the cut is the same every run.
            var next = new List<string>();
            foreach (var key in level.Order(StringComparer.Ordinal))
            {
                var outcome = outcomes[key];
                var found = new List<string>();
                if (outcome.Resource is { } resource)
                {
                    resources[key] = resource;
                    found.AddRange(outcome.Links);
                }
                else if (outcome.RedirectTo is { } location && KeyOf(location.ToString()) is { } target && target != key)
                {
                    aliases[key] = target;
                    found.Add(target);
                }
                else
                {
                    broken.Add(new BrokenLink(key, outcome.Status, referrers.GetValueOrDefault(key, "?")));
                }

                foreach (var link in found.Where(seen.Add))
                {
                    referrers[link] = key;
                    next.Add(link);
                }
            }

            level = next;
        }

        return new CrawledSite(resources, aliases, broken, this);
    }

    /// <summary>
    /// The key a link leads to, or null when it leaves the site (another host, <c>mailto:</c>, a
    /// fragment on the same page). Relative links resolve against <paramref name="baseUri"/>, the
    /// site's root for pages (their <c>&lt;base href="/"&gt;</c>) and the file itself for stylesheets.
    /// </summary>
    public string? KeyOf(string link, Uri? baseUri = null)
    {
        if (link.Length == 0 || link.StartsWith('#')
            || !Uri.TryCreate(baseUri ?? _origin, link, out var resolved)
            || resolved.Scheme is not ("http" or "https")
            || !string.Equals(resolved.Authority, _origin.Authority, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return CanonicalKey(resolved.AbsolutePath + resolved.Query);
    }

    /// <summary>Where the site's origin is, for resolving links.</summary>
    public Uri Origin => _origin;

    /// <summary>
    /// Puts a root-relative path (and query) into the one form used as a key: no trailing slash; the
    /// language switcher's <c>/en/language?to=/en/x</c> becomes <c>/en/x</c>; anything under search
    /// or teach becomes that section's page; a file keeps no query; a filtered page keeps its
    /// query while the page has fewer than <see cref="MaxQueryVariantsPerPage"/> versions.
    /// </summary>
    string? CanonicalKey(string pathAndQuery)
    {
        var split = pathAndQuery.IndexOf('?', StringComparison.Ordinal);
        var path = split < 0 ? pathAndQuery : pathAndQuery[..split];
        var query = split < 0 ? string.Empty : pathAndQuery[split..];
        if (path.Length > 1)
        {
            path = path.TrimEnd('/');
        }

        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0)
        {
            return "/";
        }

        if (segments.Length >= 2 && SiteLanguage.FromCode(segments[0]) is { } language && language.Code == segments[0])
        {
            if (segments[1] == "language")
            {
                var to = QueryValue(query, "to");
                return to is not null && to.StartsWith($"/{language.Code}/", StringComparison.Ordinal) && !to.StartsWith("//", StringComparison.Ordinal)
                    ? CanonicalKey(to)
                    : "/" + language.Code;
            }

            if (OnlineOnlySections.Contains(segments[1]))
            {
                return $"/{language.Code}/{segments[1]}";
            }
        }

        if (query.Length <= 1)
        {
            return path;
        }

        if (segments[^1].Contains('.', StringComparison.Ordinal))
        {
            return path;
        }

        var key = path + query;
        var variants = _variants.TryGetValue(path, out var list) ? list : _variants[path] = [];
        if (variants.Contains(key))
        {
            return key;
        }

        if (variants.Count < MaxQueryVariantsPerPage)
        {
            variants.Add(key);
            return key;
        }

        return path;
    }

    static string? QueryValue(string query, string name)
    {
        foreach (var pair in query.TrimStart('?').Split('&'))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0 && pair[..equals] == name)
            {
                return Uri.UnescapeDataString(pair[(equals + 1)..].Replace('+', ' '));
            }
        }

        return null;
    }

    async Task<FetchOutcome> FetchAsync(string key, CancellationToken cancellationToken)
    {
        var onlineOnly = _notices.Replaces(key);
        using var response = await _client.GetAsync(_notices.FetchPathFor(key), cancellationToken);
        var status = (int)response.StatusCode;
        if (status is >= 300 and < 400 && response.Headers.Location is { } location)
        {
            // A redirect is resolved against the public address, so an absolute Location on it stays on the site.
            return FetchOutcome.Redirect(new Uri(new Uri(_origin, key), location), status);
        }

        // A page the pack replaces need not exist on the site (search may be another feature's).
        if (response.StatusCode != HttpStatusCode.OK && !(onlineOnly && response.StatusCode == HttpStatusCode.NotFound))
        {
            return FetchOutcome.Failed(status);
        }

        var mediaType = response.Content.Headers.ContentType?.MediaType;
        var split = key.IndexOf('?', StringComparison.Ordinal);
        var path = split < 0 ? key : key[..split];
        var query = split < 0 ? string.Empty : key[split..];
        if (mediaType == "text/html")
        {
            var html = await response.Content.ReadAsStringAsync(cancellationToken);
            html = OfflineHtml.Clean(_notices.Apply(key, html));
            var links = OfflineHtml.Links(html).Select(link => (Link: link, Base: _origin)).ToList();
            return FetchOutcome.Found(new CrawledResource(key, PackPaths.PageFile(path, query), html, null, mediaType), links, this);
        }

        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        var resource = new CrawledResource(key, PackPaths.AssetFile(path, mediaType), null, bytes, mediaType);
        if (resource.IsStylesheet)
        {
            var self = new Uri(_origin, key);
            var links = CssLinks.Find(Encoding.UTF8.GetString(bytes)).Select(link => (Link: link, Base: self)).ToList();
            return FetchOutcome.Found(resource, links, this);
        }

        return FetchOutcome.Found(resource, [], this);
    }

    /// <summary>What fetching one key gave: a resource and the links in it, a redirect, or a failure status.</summary>
    sealed class FetchOutcome
    {
        List<(string Link, Uri Base)> _rawLinks = [];
        SiteCrawler? _crawler;

        public CrawledResource? Resource { get; private init; }

        /// <summary>Where a redirect goes; made a key on the crawl's thread, like links.</summary>
        public Uri? RedirectTo { get; private init; }

        public int Status { get; private init; }

        /// <summary>
        /// The keys linked to. Resolved only when asked, on the crawl's one thread, because
        /// resolving may register a filtered page and that must happen in a fixed order.
        /// </summary>
        public IEnumerable<string> Links => _rawLinks.Select(l => _crawler!.KeyOf(l.Link, l.Base)).OfType<string>().ToList();

        public static FetchOutcome Found(CrawledResource resource, List<(string Link, Uri Base)> links, SiteCrawler crawler) =>
            new() { Resource = resource, Status = 200, _rawLinks = links, _crawler = crawler };

        public static FetchOutcome Redirect(Uri target, int status) => new() { RedirectTo = target, Status = status };

        public static FetchOutcome Failed(int status) => new() { Status = status };
    }
}
