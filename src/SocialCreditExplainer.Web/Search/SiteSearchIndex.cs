using System.Diagnostics;
using SocialCreditExplainer.Content;
using SocialCreditExplainer.Search;
using SocialCreditExplainer.Web.Site;

namespace SocialCreditExplainer.Web.Search;

/// <summary>
/// The site's one search index, kept in step with <see cref="ContentStore"/>. It is built from the
/// snapshot at start-up; when the content changes, a new index is built on a background task
/// and swapped in with one reference write, so searches never wait for a build and never see
/// half of one. The old index is disposed at once: <see cref="LuceneSiteSearch"/> frees it only
/// after the searches already running on it have finished.
/// </summary>
public sealed class SiteSearchIndex : ISiteSearch, IDisposable
{
    readonly ContentStore _store;
    readonly ILogger<SiteSearchIndex> _logger;

    // Builds run one at a time, each from the newest snapshot, so an older build can never
    // replace a newer one and a burst of changes costs at most one build after the first.
    readonly Lock _buildLock = new();
    Generation _current;
    bool _disposed;

    public SiteSearchIndex(ContentStore store, ILogger<SiteSearchIndex> logger)
    {
        _store = store;
        _logger = logger;
        var snapshot = store.Current;

        // A snapshot the index cannot be built from must not stop the site: serve an empty index
        // (searches find nothing) until the next content change builds a good one.
        _current = new Generation(snapshot, Build(snapshot) ?? new LuceneSiteSearch([]));
        store.Changed += OnContentChanged;
        if (!ReferenceEquals(store.Current, snapshot))
        {
            // The content changed between reading it and listening for changes.
            OnContentChanged(store.Current);
        }
    }

    /// <summary>The version of the content the index serving searches was built from.</summary>
    public string ContentVersion => Volatile.Read(ref _current).Snapshot.Version;

    /// <inheritdoc />
    public SearchResults Search(SearchQuery query)
    {
        while (true)
        {
            var generation = Volatile.Read(ref _current);
            try
            {
                return generation.Index.Search(query);
            }
            catch (ObjectDisposedException) when (!ReferenceEquals(generation, Volatile.Read(ref _current)))
            {
                // Replaced (and disposed) between reading the reference and starting the search:
                // ask the new index. Searches that had started finish on the old one.
            }
        }
    }

    /// <summary>Stops following the content and frees the index once running searches finish.</summary>
    public void Dispose()
    {
        lock (_buildLock)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            _store.Changed -= OnContentChanged;
            Volatile.Read(ref _current).Index.Dispose();
        }
    }

    // Raised on the thread that reloaded the content (the file watcher's); build elsewhere.
    void OnContentChanged(ContentSnapshot snapshot) => _ = Task.Run(Rebuild);

    void Rebuild()
    {
        lock (_buildLock)
        {
            var snapshot = _store.Current;
            if (_disposed || ReferenceEquals(snapshot, Volatile.Read(ref _current).Snapshot))
            {
                return;
            }

            if (Build(snapshot) is not { } index)
            {
                return;
            }

            var previous = Interlocked.Exchange(ref _current, new Generation(snapshot, index));
            previous.Index.Dispose();
        }
    }

    LuceneSiteSearch? Build(ContentSnapshot snapshot)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var index = new LuceneSiteSearch(ContentSearchDocuments.From(snapshot));
            _logger.LogInformation(
                "Built the search index for content {ContentVersion}: {SearchDocumentCount} documents in {ElapsedMilliseconds} ms",
                snapshot.Version, index.DocumentCount, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return index;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            _logger.LogError(ex, "Could not build the search index for content {ContentVersion}; searches keep using the previous index", snapshot.Version);
            return null;
        }
    }

    /// <summary>An index and the snapshot it was built from, swapped together.</summary>
    sealed record Generation(ContentSnapshot Snapshot, LuceneSiteSearch Index);
}
