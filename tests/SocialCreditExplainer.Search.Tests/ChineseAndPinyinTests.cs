using SocialCreditExplainer.Search.Tests.Fixtures;

namespace SocialCreditExplainer.Search.Tests;

[Collection(SampleSearchCollection.Name)]
public sealed class ChineseAndPinyinTests(SampleSearchFixture fixture)
{
    [Theory]
    [InlineData("社会信用", SearchLanguage.English, "en:term:social-credit-system")]
    [InlineData("社会信用", SearchLanguage.Thai, "th:term:social-credit-system")]
    [InlineData("社会信用体系", SearchLanguage.English, "en:term:social-credit-system")]
    [InlineData("户口", SearchLanguage.English, "en:term:hukou")]
    [InlineData("户口", SearchLanguage.Thai, "th:term:hukou")]
    [InlineData("档案", SearchLanguage.English, "en:term:dangan")]
    [InlineData("芝麻信用", SearchLanguage.English, "en:term:sesame-credit")]
    public void ChineseTermFindsItsEntryFirst(string query, SearchLanguage language, string expectedFirst)
    {
        Assert.Equal(expectedFirst, fixture.Ids(query, language).FirstOrDefault());
    }

    [Fact]
    public void ChineseInsideRunningTextIsFoundAndMarked()
    {
        var hit = fixture.Search.Search(new SearchQuery("失信被执行人", SearchLanguage.English)).Hits
            .Single(h => h.DocumentId == "en:article:china-social-credit-system#court-blacklists");

        Assert.Contains("<mark>失信被执行人</mark>", hit.Snippet);
    }

    [Theory]
    [InlineData("hukou")]
    [InlineData("hùkǒu")]
    [InlineData("HUKOU")]
    [InlineData("Hùkǒu")]
    public void PinyinWithOrWithoutToneMarksFindsHukou(string query)
    {
        Assert.Equal("en:term:hukou", fixture.Ids(query, SearchLanguage.English).FirstOrDefault());
        Assert.Equal("th:term:hukou", fixture.Ids(query, SearchLanguage.Thai).FirstOrDefault());
    }

    [Theory]
    [InlineData("dang'an")]
    [InlineData("dàng'àn")]
    [InlineData("dàng’àn")]
    [InlineData("dangan")]
    [InlineData("DANGAN")]
    public void PinyinWithOrWithoutApostropheAndToneMarksFindsDangan(string query)
    {
        Assert.Equal("en:term:dangan", fixture.Ids(query, SearchLanguage.English).FirstOrDefault());
        Assert.Equal("th:term:dangan", fixture.Ids(query, SearchLanguage.Thai).FirstOrDefault());
    }

    [Fact]
    public void TonelessPinyinIsMarkedWhereTheTextHasToneMarks()
    {
        var hit = fixture.Search.Search(new SearchQuery("dangan", SearchLanguage.English)).Hits[0];

        Assert.Contains("<mark>dàng&#39;àn</mark>", hit.Snippet);
    }

    [Theory]
    [InlineData("dangan dossier")]
    [InlineData("dang'an attitudes")]
    [InlineData("DÀNGÀN performance")]
    public void PinyinAndEnglishWordsTogetherMatchRunningTextWithoutFallingBack(string query)
    {
        var results = fixture.Search.Search(new SearchQuery(query, SearchLanguage.English));

        Assert.Equal("en:term:dangan", results.Hits.FirstOrDefault()?.DocumentId);
        Assert.Equal(SearchNotices.None, results.Notices);
    }

    [Fact]
    public void PinyinSyllablesFindTheTerm()
    {
        Assert.Equal("en:term:social-credit-system", fixture.Ids("shehui xinyong", SearchLanguage.English).FirstOrDefault());
    }
}
