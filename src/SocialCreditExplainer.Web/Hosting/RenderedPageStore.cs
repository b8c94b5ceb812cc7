using System.Globalization;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;
using SocialCreditExplainer.Web.Site;

namespace SocialCreditExplainer.Web.Hosting;

/// <summary>A rendered reading page as it was sent: its headers and its (possibly compressed) body.</summary>
/// <param name="Generation">The content and day it was rendered for; it is only served while both are current.</param>
/// <param name="Headers">Every response header except the per-response ones (Date, Server, Content-Length).</param>
public sealed record RenderedPage(PageGeneration Generation, KeyValuePair<string, StringValues>[] Headers, byte[] Body, DateTimeOffset StoredAt);

/// <summary>
/// What a rendered reading page depends on besides its address: the content snapshot, and the
/// UTC day (article pages print today's date as "date accessed" in their citations). Also the
/// weak ETag that names the pair, for conditional GETs.
/// </summary>
public sealed record PageGeneration(string ContentVersion, DateOnly Day)
{
    /// <summary>The tag, parsed once, for comparing with a browser's If-None-Match.</summary>
    public EntityTagHeaderValue Tag { get; } =
        new($"\"{ContentVersion}-{Day.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}\"", isWeak: true);

    public string ETag => field ??= Tag.ToString();
}

/// <summary>
/// Rendered reading pages, one per address, shared query and response encoding, for the current
/// content and day. Bounded in bytes; past the bound the least recently read pages are dropped.
/// Emptied when the content changes.
/// </summary>
public sealed class RenderedPageStore : IDisposable
{
    /// <summary>A bound on the store's memory: past it, pages are evicted rather than the process growing.</summary>
    public const long SizeLimitBytes = 32 * 1024 * 1024;

    /// <summary>A page larger than this is sent but not kept.</summary>
    public const int MaxPageBytes = 2 * 1024 * 1024;

    readonly MemoryCache _pages = new(new MemoryCacheOptions { SizeLimit = SizeLimitBytes });
    readonly ContentStore _content;
    readonly TimeProvider _clock;
    PageGeneration? _generation;

    public RenderedPageStore(ContentStore content, TimeProvider clock)
    {
        _content = content;
        _clock = clock;
        _content.Changed += _ => _pages.Clear();
    }

    /// <summary>The generation a page rendered now belongs to. Cheap: rebuilt only when the content or the day changes.</summary>
    public PageGeneration CurrentGeneration
    {
        get
        {
            var version = _content.Current.Version;
            var today = DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime);
            var generation = _generation;
            if (generation is null || generation.Day != today || generation.ContentVersion != version)
            {
                generation = new PageGeneration(version, today);
                _generation = generation;
            }

            return generation;
        }
    }

    /// <summary>The stored page for <paramref name="key"/>, if it was rendered for <paramref name="generation"/>.</summary>
    public RenderedPage? Find(string key, PageGeneration generation) =>
        _pages.TryGetValue(key, out RenderedPage? page) && page!.Generation == generation ? page : null;

    /// <summary>Keeps a page rendered for <paramref name="generation"/>, stamped now.</summary>
    public void Keep(string key, PageGeneration generation, KeyValuePair<string, StringValues>[] headers, byte[] body)
    {
        if (body.Length > MaxPageBytes)
        {
            return;
        }

        var page = new RenderedPage(generation, headers, body, _clock.GetUtcNow());
        using var entry = _pages.CreateEntry(key);
        entry.Value = page;
        entry.Size = page.Body.Length + 2048; // the headers, roughly
    }

    /// <summary>How long ago <paramref name="page"/> was stored, for the Age header.</summary>
    public TimeSpan AgeOf(RenderedPage page) => _clock.GetUtcNow() - page.StoredAt;

    /// <summary>
    /// The store key of a request: scheme and host (pages carry absolute links), path, the query
    /// parameters that change a page (<see cref="SharedQuery"/>; others such as utm_source are
    /// ignored, so they cannot fill the store with copies) and the encoding the response will have.
    /// </summary>
    public static string KeyOf(HttpRequest request, string encoding)
    {
        var query = request.QueryString.HasValue ? SharedQuery.Of(request.Query) : string.Empty;
        return string.Concat(request.Scheme, "://", request.Host.Value, request.Path.Value, query, " ", encoding);
    }

    public void Dispose() => _pages.Dispose();
}
