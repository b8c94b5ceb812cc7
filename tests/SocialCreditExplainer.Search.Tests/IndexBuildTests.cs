using SocialCreditExplainer.Search.Tests.Fixtures;

namespace SocialCreditExplainer.Search.Tests;

public sealed class IndexBuildTests
{
    [Fact]
    public void DuplicateIdIsRejectedByName()
    {
        var documents = SampleCorpus.Documents.Append(SampleCorpus.Documents[0] with { Title = "copy" });

        var error = Assert.Throws<ArgumentException>(() => new LuceneSiteSearch(documents));

        Assert.Contains(SampleCorpus.Documents[0].Id, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "/en/x", 1f)]
    [InlineData("id", "", 1f)]
    [InlineData("id", "/en/x", 0f)]
    [InlineData("id", "/en/x", float.NaN)]
    [InlineData("id", "/en/x", float.PositiveInfinity)]
    public void InvalidDocumentIsRejected(string id, string url, float boost)
    {
        var document = new SearchDocument(id, SearchDocumentType.Source, SearchLanguage.English, "t", "b", url) { Boost = boost };

        Assert.Throws<ArgumentException>(() => new LuceneSiteSearch([document]));
    }

    [Fact]
    public void EmptyCorpusFindsNothingWithoutFailing()
    {
        using var search = new LuceneSiteSearch([]);

        var results = search.Search(new SearchQuery("credit", SearchLanguage.English));

        Assert.Empty(results.Hits);
        Assert.Equal(0, search.DocumentCount);
    }

    [Fact]
    public void BoostRaisesADocumentAboveAnEqualOne()
    {
        SearchDocument Make(string id, float boost) =>
            new(id, SearchDocumentType.ArticleSection, SearchLanguage.English, "Social credit", "The same words.", "/en/" + id) { Boost = boost };

        using var search = new LuceneSiteSearch([Make("plain", 1f), Make("boosted", 2f), Make("demoted", 0.5f)]);

        var ids = search.Search(new SearchQuery("social credit", SearchLanguage.English)).Hits.Select(h => h.DocumentId);

        Assert.Equal(["boosted", "plain", "demoted"], ids);
    }

    [Fact]
    public void DocumentsWithoutBodyOrKeywordsAreSearchableByTitle()
    {
        var document = new SearchDocument("t", SearchDocumentType.GlossaryTerm, SearchLanguage.Thai, "เครดิตคุณธรรม", "", "/th/glossary#moral-credit")
        {
            Keywords = null!,
        };
        using var search = new LuceneSiteSearch([document]);

        var hit = Assert.Single(search.Search(new SearchQuery("คุณธรรม", SearchLanguage.Thai)).Hits);

        Assert.Equal(string.Empty, hit.Snippet);
    }

    [Fact]
    public void ThaiTypedWithDecomposedVowelsInTheContentStillMatches()
    {
        // Content written with ท + NIKHAHIT + SARA AA and เ + เ instead of ำ and แ.
        var document = new SearchDocument("d", SearchDocumentType.ArticleSection, SearchLanguage.Thai, "ต้นเเบบ", "การท\u0E4D\u0E32ความดี", "/th/a");
        using var search = new LuceneSiteSearch([document]);

        Assert.Single(search.Search(new SearchQuery("ทำความดี", SearchLanguage.Thai)).Hits);
        Assert.Single(search.Search(new SearchQuery("ต้นแบบ", SearchLanguage.Thai)).Hits);
    }

    [Theory]
    [InlineData("ป้า", "aunt")]
    [InlineData("ป่า", "forest")]
    [InlineData("ปา", "throw")]
    public void ToneMarksKeepThaiNamesApart(string query, string expectedId)
    {
        SearchDocument Term(string id, string thai) =>
            new(id, SearchDocumentType.GlossaryTerm, SearchLanguage.Thai, thai, "คำอธิบาย", "/th/glossary#" + id) { Keywords = [thai] };
        using var search = new LuceneSiteSearch([Term("aunt", "ป้า"), Term("forest", "ป่า"), Term("throw", "ปา")]);

        var hit = Assert.Single(search.Search(new SearchQuery(query, SearchLanguage.Thai)).Hits);

        Assert.Equal(expectedId, hit.DocumentId);
    }

    [Fact]
    public void IndexIsUsableAfterTheSourceListChanges()
    {
        var documents = SampleCorpus.Documents.ToList();
        using var search = new LuceneSiteSearch(documents);

        documents.Clear();

        Assert.NotEmpty(search.Search(new SearchQuery("sesame", SearchLanguage.English)).Hits);
    }
}
