namespace SocialCreditExplainer.Search.Tests.Fixtures;

/// <summary>The sample corpus plus two documents made to test snippets: hostile markup and a far-away match.</summary>
public sealed class SnippetSearchFixture : IDisposable
{
    public static readonly SearchDocument Hostile = new(
        "en:article:hostile#script",
        SearchDocumentType.ArticleSection,
        SearchLanguage.English,
        "<b>Escaping</b> & quoting",
        "Text from a source may hold <script>alert('credit')</script> or <img src=x onerror=\"alert(1)\"> "
        + "and \"quotes\" & ampersands around the word social credit, all of which must stay text.",
        "/en/articles/hostile#script");

    public static readonly SearchDocument Long = new(
        "en:article:long#far-match",
        SearchDocumentType.ArticleSection,
        SearchLanguage.English,
        "A long section",
        string.Concat(Enumerable.Repeat("Filler sentence about nothing in particular. ", 30))
        + "Here at last is the zebracrossing example from Rongcheng. "
        + string.Concat(Enumerable.Repeat("More filler follows the match here. ", 30)),
        "/en/articles/long#far-match");

    public LuceneSiteSearch Search { get; } = new([.. SampleCorpus.Documents, Hostile, Long]);

    public void Dispose() => Search.Dispose();
}
