namespace SocialCreditExplainer.Search.Benchmarks.Corpus;

/// <summary>
/// Where the benchmark gets its documents. The seam for real content: implement this over the
/// site's content loader and pass it to <see cref="Measuring.SearchBenchmark"/>.
/// </summary>
public interface ISearchCorpusSource
{
    /// <summary>A short name for the report's table.</summary>
    string Name { get; }

    /// <summary>Loads every document to index.</summary>
    IReadOnlyList<SearchDocument> Load();
}
