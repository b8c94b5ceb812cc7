using SocialCreditExplainer.Content.Loading;

namespace SocialCreditExplainer.Search.Benchmarks.Corpus;

/// <summary>The site's real content, loaded by the Content project's loader and mapped to search documents.</summary>
/// <param name="contentRoot">The <c>content</c> folder.</param>
public sealed class ContentCorpusSource(string contentRoot) : ISearchCorpusSource
{
    public string Name => "content (real)";

    /// <summary>Milliseconds the content loader took (parsing, rendering, checking), for the report.</summary>
    public double LoadMilliseconds { get; private set; }

    /// <summary>Problems the loader reported; items with errors were left out of the corpus.</summary>
    public int Problems { get; private set; }

    public IReadOnlyList<SearchDocument> Load()
    {
        var start = System.Diagnostics.Stopwatch.GetTimestamp();
        var snapshot = new ContentLoader().Load(contentRoot);
        LoadMilliseconds = System.Diagnostics.Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        Problems = snapshot.Problems.Count;
        return ContentSearchDocuments.From(snapshot);
    }

    /// <summary>
    /// The repository's <c>content</c> folder: looked for above the working directory, then above
    /// the program's own folder, so <c>dotnet run</c> finds it from anywhere in the repository.
    /// </summary>
    public static string? FindContentRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, "content");
                if (Directory.Exists(Path.Combine(candidate, "articles")))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
