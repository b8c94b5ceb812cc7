using SocialCreditExplainer.Search.Tests.Fixtures;

namespace SocialCreditExplainer.Search.Tests;

[Collection(SampleSearchCollection.Name)]
public sealed class RankingTests(SampleSearchFixture fixture)
{
    [Theory]
    [InlineData("sesame credit", SearchLanguage.English, "en:term:sesame-credit")]
    [InlineData("Sesame Credit", SearchLanguage.English, "en:term:sesame-credit")]
    [InlineData("court blacklist", SearchLanguage.English, "en:article:china-social-credit-system#court-blacklists")]
    [InlineData("national score", SearchLanguage.English, "en:article:what-is-social-credit#no-single-score")]
    [InlineData("planning outline", SearchLanguage.English, "en:event:cn-2014-planning-outline")]
    [InlineData("goodness bank", SearchLanguage.English, "en:term:goodness-bank")]
    [InlineData("ธนาคารความดี", SearchLanguage.Thai, "th:term:goodness-bank")]
    [InlineData("ระบบเครดิตสังคม", SearchLanguage.Thai, "th:term:social-credit-system")]
    [InlineData("บัญชีดำ", SearchLanguage.Thai, "th:term:blacklist")]
    [InlineData("กยศ", SearchLanguage.Thai, "th:event:th-2023-05-16-slf")]
    [InlineData("ใช้กับข้าราชการก่อนดีไหม", SearchLanguage.Thai, "th:source:matichon-column")]
    public void ObviousAnswerComesFirst(string query, SearchLanguage language, string expectedFirst)
    {
        var ids = fixture.Ids(query, language);

        Assert.NotEmpty(ids);
        Assert.Equal(expectedFirst, ids[0]);
    }

    [Fact]
    public void HitsAreOrderedByScore()
    {
        var hits = fixture.Search.Search(new SearchQuery("social credit", SearchLanguage.English)).Hits;

        Assert.True(hits.Count > 3);
        Assert.Equal(hits.OrderByDescending(h => h.Score).Select(h => h.DocumentId), hits.Select(h => h.DocumentId));
    }

    [Fact]
    public void EveryWordIsRequiredWhenSomePageHasThemAll()
    {
        var results = fixture.Search.Search(new SearchQuery("sesame loyalty", SearchLanguage.English));

        Assert.Equal(["en:article:china-social-credit-system#private-scores"], results.Hits.Select(h => h.DocumentId));
        Assert.Equal(SearchNotices.None, results.Notices);
    }

    [Fact]
    public void PagesWithSomeWordsAreShownWhenNoPageHasAllAndTheReaderIsTold()
    {
        var results = fixture.Search.Search(new SearchQuery("sesame rongcheng", SearchLanguage.English));

        Assert.Contains("en:term:sesame-credit", results.Hits.Select(h => h.DocumentId));
        Assert.Contains("en:article:what-is-social-credit#no-single-score", results.Hits.Select(h => h.DocumentId));
        Assert.True(results.Notices.HasFlag(SearchNotices.PartialMatch));
        Assert.NotNull(results.Message);
    }

    [Fact]
    public void LongQueryWithNoCompleteMatchFindsPagesWithAtLeastHalfTheWords()
    {
        // No page has xyzzy; the glossary entry has two of the words in its title, the section
        // three in its body. Pages with only one word (such as "credit" alone) are left out.
        var results = fixture.Search.Search(new SearchQuery("sesame credit loyalty xyzzy", SearchLanguage.English));
        var ids = results.Hits.Select(h => h.DocumentId).ToList();

        Assert.True(results.Notices.HasFlag(SearchNotices.PartialMatch));
        Assert.Contains("en:term:sesame-credit", ids);
        Assert.Contains("en:article:china-social-credit-system#private-scores", ids);
        Assert.DoesNotContain("en:article:what-is-social-credit#no-single-score", ids);
    }

    [Fact]
    public void TypeFilterKeepsOnlyThatType()
    {
        var results = fixture.Search.Search(new SearchQuery("social credit", SearchLanguage.English) { Type = SearchDocumentType.TimelineEvent });

        Assert.NotEmpty(results.Hits);
        Assert.All(results.Hits, h => Assert.Equal(SearchDocumentType.TimelineEvent, h.Type));
    }

    [Fact]
    public void LanguageKeepsOnlyThatLanguagesPages()
    {
        var results = fixture.Search.Search(new SearchQuery("เครดิต", SearchLanguage.Thai));

        Assert.NotEmpty(results.Hits);
        Assert.All(results.Hits, h => Assert.StartsWith("/th/", h.Url, StringComparison.Ordinal));
    }

    [Fact]
    public void HitCarriesTheExactPlaceToGo()
    {
        var hit = fixture.Search.Search(new SearchQuery("sesame credit", SearchLanguage.English)).Hits[0];

        Assert.Equal("/en/glossary#sesame-credit", hit.Url);
        Assert.Equal("Sesame (Zhima) Credit", hit.Title);
        Assert.Equal(SearchDocumentType.GlossaryTerm, hit.Type);
        Assert.Equal(SearchLanguage.English, hit.Language);
    }
}
