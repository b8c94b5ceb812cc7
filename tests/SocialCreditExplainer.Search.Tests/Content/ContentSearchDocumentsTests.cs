using SocialCreditExplainer.Content;

namespace SocialCreditExplainer.Search.Tests.Content;

public sealed class ContentSearchDocumentsTests(ContentFolderFixture content) : IClassFixture<ContentFolderFixture>
{
    [Fact]
    public void TestContentLoadsWithoutErrors()
    {
        Assert.Empty(content.Snapshot.Problems.Where(p => p.Severity == ProblemSeverity.Error).Select(p => p.ToString()));
    }

    [Fact]
    public void EachArticleSectionIsADocumentWithItsHeadingAnchor()
    {
        var section = content.Document("en:article:private-scores#sesame-credit");

        Assert.Equal(SearchDocumentType.ArticleSection, section.Type);
        Assert.Equal(SearchLanguage.English, section.Language);
        Assert.Equal("/en/articles/private-scores#sesame-credit", section.Url);
        Assert.Equal("Sesame Credit — Private credit scores in China", section.Title);
        Assert.Contains("28 January 2015", section.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void IntroductionStandsForTheArticleWithItsSummary()
    {
        var introduction = content.Document("th:article:private-scores#");

        Assert.Equal("/th/articles/private-scores", introduction.Url);
        Assert.Equal("คะแนนเครดิตของเอกชนในจีน", introduction.Title);
        Assert.StartsWith("โครงการนำร่องของเอกชน", introduction.Body, StringComparison.Ordinal);
        Assert.Contains("บริษัทเอกชนทดลอง", introduction.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void TimelineEventIsADocumentPerLanguageWithItsPermalinkAndReaderDate()
    {
        var english = content.Document("en:event:cn-sesame-credit-launch-2015");
        var thai = content.Document("th:event:cn-sesame-credit-launch-2015");

        Assert.Equal("/en/timeline#cn-sesame-credit-launch-2015", english.Url);
        Assert.Equal("/th/timeline#cn-sesame-credit-launch-2015", thai.Url);
        Assert.StartsWith("28 January 2015 — ", english.Body, StringComparison.Ordinal);
        Assert.StartsWith("28 มกราคม 2558 — ", thai.Body, StringComparison.Ordinal);
        Assert.Equal("เซซามีเครดิตเปิดตัว", thai.Title);
    }

    [Fact]
    public void GlossaryTermKeepsEveryNameAsAKeyword()
    {
        var thai = content.Document("th:term:social-credit-system");

        Assert.Equal("/th/glossary#social-credit-system", thai.Url);
        Assert.Equal("ระบบเครดิตสังคม / ระบบเครดิตทางสังคม", thai.Title);
        foreach (var name in new[] { "ระบบเครดิตสังคม", "ระบบเครดิตทางสังคม", "Social Credit System", "SCS", "社会信用体系", "shèhuì xìnyòng tǐxì" })
        {
            Assert.Contains(name, thai.Keywords);
        }
    }

    [Fact]
    public void SourceIsTitledForTheReaderAndRankedBelowExplanations()
    {
        var thai = content.Document("th:source:kapronasia-2017");

        Assert.Equal("/th/sources/kapronasia-2017", thai.Url);
        Assert.StartsWith("[บทความ Kapronasia", thai.Title, StringComparison.Ordinal);
        Assert.Contains("[Kapronasia article on China's still-unlicensed digital credit-rating platforms]", thai.Keywords);
        Assert.Contains("Kapronasia", thai.Body, StringComparison.Ordinal);
        Assert.Contains("The Sesame Credit system was launched on 28th Jan 2015.", thai.Body, StringComparison.Ordinal);
        Assert.Equal(ContentSearchDocuments.SourceBoost, thai.Boost);
    }

    [Fact]
    public void EveryDocumentIdIsUniqueAndEveryUrlIsInItsLanguage()
    {
        Assert.Equal(content.Documents.Count, content.Documents.Select(d => d.Id).Distinct().Count());
        Assert.All(content.Documents, d => Assert.StartsWith(d.Language == SearchLanguage.Thai ? "/th/" : "/en/", d.Url, StringComparison.Ordinal));
        Assert.Equal(2 * (1 + 2 + 1) + 4, content.Documents.Count);
    }

    [Theory]
    [InlineData("SCS", SearchLanguage.English, "en:term:social-credit-system")]
    [InlineData("ระบบเครดิตทางสังคม", SearchLanguage.Thai, "th:term:social-credit-system")]
    [InlineData("sesame credit", SearchLanguage.English, "en:term:sesame-credit")]
    [InlineData("zhima", SearchLanguage.English, "en:term:sesame-credit")]
    [InlineData("xinyong tixi", SearchLanguage.Thai, "th:term:social-credit-system")]
    [InlineData("social credit", SearchLanguage.English, "en:term:social-credit-system")]
    [InlineData("社会信用", SearchLanguage.English, "en:term:social-credit-system")]
    public void MappedContentFindsTheNamedTermFirst(string query, SearchLanguage language, string expectedFirst)
    {
        using var search = new LuceneSiteSearch(content.Documents);

        Assert.Equal(expectedFirst, search.Search(new SearchQuery(query, language)).Hits.FirstOrDefault()?.DocumentId);
    }
}
