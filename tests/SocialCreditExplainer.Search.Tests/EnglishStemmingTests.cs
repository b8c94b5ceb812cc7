using SocialCreditExplainer.Search.Tests.Fixtures;

namespace SocialCreditExplainer.Search.Tests;

[Collection(SampleSearchCollection.Name)]
public sealed class EnglishStemmingTests(SampleSearchFixture fixture)
{
    [Theory]
    [InlineData("scores", "en:article:what-is-social-credit#no-single-score")]
    [InlineData("scored", "en:article:what-is-social-credit#no-single-score")]
    [InlineData("blacklisting", "en:article:china-social-credit-system#court-blacklists")]
    [InlineData("blacklisted", "en:article:china-social-credit-system#court-blacklists")]
    [InlineData("penalty", "en:article:thailand-social-credit#positive-incentives")]
    [InlineData("incentive", "en:article:thailand-social-credit#positive-incentives")]
    [InlineData("China's", "en:term:social-credit-system")]
    public void InflectedFormFindsTheStem(string query, string expectedId)
    {
        Assert.Contains(expectedId, fixture.Ids(query, SearchLanguage.English));
    }

    [Fact]
    public void StemmedMatchIsMarkedAsTheWordInTheText()
    {
        var hit = fixture.Search.Search(new SearchQuery("blacklisting", SearchLanguage.English)).Hits
            .Single(h => h.DocumentId == "en:article:china-social-credit-system#court-blacklists");

        Assert.Contains("<mark>blacklist</mark>", hit.Snippet);
    }

    [Fact]
    public void CaseDoesNotMatter()
    {
        Assert.Equal(fixture.Ids("sesame credit", SearchLanguage.English), fixture.Ids("SESAME CREDIT", SearchLanguage.English));
    }
}
