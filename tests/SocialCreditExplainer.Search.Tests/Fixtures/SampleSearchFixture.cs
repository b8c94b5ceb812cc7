namespace SocialCreditExplainer.Search.Tests.Fixtures;

/// <summary>One index over <see cref="SampleCorpus"/>, built once and shared by the test classes.</summary>
public sealed class SampleSearchFixture : IDisposable
{
    public LuceneSiteSearch Search { get; } = new(SampleCorpus.Documents);

    /// <summary>The ids of the hits for <paramref name="text"/> on pages of <paramref name="language"/>.</summary>
    public IReadOnlyList<string> Ids(string text, SearchLanguage language) =>
        [.. Search.Search(new SearchQuery(text, language)).Hits.Select(h => h.DocumentId)];

    public void Dispose() => Search.Dispose();
}
