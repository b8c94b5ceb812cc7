using SocialCreditExplainer.Content.Loading;

namespace SocialCreditExplainer.Search.Tests.Content;

/// <summary>
/// Checks that hold for any content, run on the repository's real content folder: whatever the
/// writers add, every glossary term must be found first by its own name, in both languages.
/// </summary>
public sealed class RealContentTests
{
    static readonly Lazy<IReadOnlyList<SearchDocument>> Documents = new(() =>
        ContentSearchDocuments.From(new ContentLoader().Load(FindContentRoot())));

    [Fact]
    public void RealContentMapsToUniqueDocumentsThatIndex()
    {
        using var search = new LuceneSiteSearch(Documents.Value);

        Assert.True(search.DocumentCount > 0);
        Assert.All(Documents.Value, d => Assert.StartsWith(d.Language == SearchLanguage.Thai ? "/th/" : "/en/", d.Url, StringComparison.Ordinal));
    }

    [Fact]
    public void EveryGlossaryTermIsFoundFirstByEachOfItsNames()
    {
        using var search = new LuceneSiteSearch(Documents.Value);
        var misses = new List<string>();
        foreach (var term in Documents.Value.Where(d => d.Type == SearchDocumentType.GlossaryTerm))
        {
            foreach (var name in TermNames.Split(term.Title))
            {
                var first = search.Search(new SearchQuery(name, term.Language)).Hits.FirstOrDefault();

                // Two terms may share a name (an abbreviation); either one first is right.
                if (first is null || (first.DocumentId != term.Id && !Names(first).Contains(name)))
                {
                    misses.Add($"{term.Language} \"{name}\": expected {term.Id}, got {first?.DocumentId ?? "nothing"}");
                }
            }
        }

        Assert.Empty(misses);
    }

    static IReadOnlyList<string> Names(SearchHit hit) =>
        Documents.Value.Single(d => d.Id == hit.DocumentId) is { Type: SearchDocumentType.GlossaryTerm } d ? [.. TermNames.Split(d.Title), .. d.Keywords] : [];

    static string FindContentRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "content");
            if (Directory.Exists(Path.Combine(candidate, "articles")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("No content/ folder above " + AppContext.BaseDirectory);
    }
}
