using SocialCreditExplainer.Search.Tests.Fixtures;

namespace SocialCreditExplainer.Search.Tests;

[Collection(SampleSearchCollection.Name)]
public sealed class CrossLanguageTests(SampleSearchFixture fixture)
{
    [Fact]
    public void EnglishTypedOnThaiPagesOffersTheEnglishMatches()
    {
        var results = fixture.Search.Search(new SearchQuery("sesame credit", SearchLanguage.Thai));

        Assert.NotEmpty(results.OtherLanguage);
        Assert.Equal("en:term:sesame-credit", results.OtherLanguage[0].DocumentId);
        Assert.All(results.OtherLanguage, h => Assert.Equal(SearchLanguage.English, h.Language));
        Assert.True(results.OtherLanguageTotalHits >= results.OtherLanguage.Count);
        Assert.All(results.Hits, h => Assert.Equal(SearchLanguage.Thai, h.Language));
    }

    [Fact]
    public void ThaiTypedOnEnglishPagesOffersTheThaiMatches()
    {
        var results = fixture.Search.Search(new SearchQuery("ธนาคารความดี", SearchLanguage.English));

        Assert.Equal("th:term:goodness-bank", results.OtherLanguage[0].DocumentId);
        Assert.StartsWith("/th/", results.OtherLanguage[0].Url, StringComparison.Ordinal);
    }

    [Fact]
    public void TermInTheOtherLanguageKeptAsKeywordIsFoundOnThePagesLanguageToo()
    {
        // The English glossary entry keeps the Thai term as a keyword, so an English page finds it.
        var results = fixture.Search.Search(new SearchQuery("ธนาคารความดี", SearchLanguage.English));

        Assert.Equal("en:term:goodness-bank", results.Hits[0].DocumentId);
    }

    [Theory]
    [InlineData("sesame credit", SearchLanguage.English)]
    [InlineData("ธนาคารความดี", SearchLanguage.Thai)]
    [InlineData("户口", SearchLanguage.English)]
    [InlineData("户口", SearchLanguage.Thai)]
    public void NothingIsOfferedWhenTheTextFitsThePagesLanguage(string query, SearchLanguage language)
    {
        var results = fixture.Search.Search(new SearchQuery(query, language));

        Assert.Empty(results.OtherLanguage);
        Assert.Equal(0, results.OtherLanguageTotalHits);
    }

    [Fact]
    public void ThaiWithEnglishWordsCountsAsThai()
    {
        var results = fixture.Search.Search(new SearchQuery("ระบบ Social Credit", SearchLanguage.Thai));

        Assert.Empty(results.OtherLanguage);
        Assert.NotEmpty(results.Hits);
    }
}
