using SocialCreditExplainer.Search.Tests.Fixtures;

namespace SocialCreditExplainer.Search.Benchmarks.Corpus;

/// <summary>The test fixture corpus (a couple of dozen documents written from the fact base).</summary>
public sealed class SampleCorpusSource : ISearchCorpusSource
{
    public string Name => "sample (test fixture)";

    public IReadOnlyList<SearchDocument> Load() => SampleCorpus.Documents;
}
