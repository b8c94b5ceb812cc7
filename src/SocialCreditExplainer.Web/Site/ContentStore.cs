using SocialCreditExplainer.Content;
using SocialCreditExplainer.Content.Loading;

namespace SocialCreditExplainer.Web.Site;

/// <summary>
/// Holds the snapshot every request reads. Reloading builds a whole new snapshot off to the side
/// and swaps the reference, so requests never wait for a rebuild and never see half of one.
/// </summary>
public sealed class ContentStore
{
    readonly ContentLoader _loader;
    readonly ILogger<ContentStore> _logger;
    readonly Lock _reloadLock = new();
    ContentSnapshot _current;

    public ContentStore(ContentLoader loader, string root, ILogger<ContentStore> logger)
    {
        _loader = loader;
        _logger = logger;
        Root = root;
        _current = _loader.Load(root);
        Report(_current);
    }

    /// <summary>The content folder.</summary>
    public string Root { get; }

    /// <summary>The snapshot to serve.</summary>
    public ContentSnapshot Current => Volatile.Read(ref _current);

    /// <summary>Raised after a new snapshot has replaced the old one.</summary>
    public event Action<ContentSnapshot>? Changed;

    /// <summary>Rebuilds from disk, keeping the last good version of any file that is now broken.</summary>
    public ContentSnapshot Reload()
    {
        ContentSnapshot next;
        lock (_reloadLock)
        {
            var previous = Current;
            next = _loader.Load(Root, previous);
            if (next.Version == previous.Version)
            {
                return previous;
            }

            Volatile.Write(ref _current, next);
        }

        Report(next);
        Changed?.Invoke(next);
        return next;
    }

    void Report(ContentSnapshot snapshot)
    {
        foreach (var problem in snapshot.Problems)
        {
            if (problem.Severity == ProblemSeverity.Error)
            {
                _logger.LogError("Content problem {ContentFile}:{ContentLine}: {Problem}", problem.Location.File, problem.Location.Line, problem.Message);
            }
            else
            {
                _logger.LogWarning("Content problem {ContentFile}:{ContentLine}: {Problem}", problem.Location.File, problem.Location.Line, problem.Message);
            }
        }

        _logger.LogInformation(
            "Loaded content {ContentVersion}: {ArticleCount} articles, {SourceCount} sources, {EventCount} events, {TermCount} terms",
            snapshot.Version, snapshot.Articles.Count, snapshot.Sources.Count, snapshot.TimelineEvents.Count, snapshot.Glossary.Count);
    }
}
