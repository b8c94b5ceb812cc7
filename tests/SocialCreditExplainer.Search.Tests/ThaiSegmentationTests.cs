using SocialCreditExplainer.Search.Tests.Fixtures;

namespace SocialCreditExplainer.Search.Tests;

[Collection(SampleSearchCollection.Name)]
public sealed class ThaiSegmentationTests(SampleSearchFixture fixture)
{
    [Fact]
    public void ShorterCompoundFindsTheLongerTerm()
    {
        var ids = fixture.Ids("เครดิตสังคม", SearchLanguage.Thai);

        Assert.Contains("th:term:social-credit-system", ids);
        Assert.Contains("th:article:thailand-social-credit#mou-2566", ids);
    }

    [Theory]
    [InlineData("สาหร่าย", "th:term:goodness-bank")]
    [InlineData("หนองสาหร่าย", "th:event:th-2023-05-16-slf")]
    [InlineData("คุณธรรม", "th:article:thailand-social-credit#mou-2566")]
    [InlineData("ข้อตกลง", "th:article:thailand-social-credit#mou-2566")]
    [InlineData("ข้าราชการ", "th:source:matichon-column")]
    public void WordInsideALongRunOfThaiIsFound(string query, string expectedId)
    {
        Assert.Contains(expectedId, fixture.Ids(query, SearchLanguage.Thai));
    }

    [Fact]
    public void ThaiTextIsSegmentedIntoWordsNotMatchedAsOneRun()
    {
        // The text has ศูนย์คุณธรรมลงนามบันทึกข้อตกลง with no spaces; the query takes two words from it
        // in another order, so only real word segmentation can match it.
        var ids = fixture.Ids("บันทึก ศูนย์คุณธรรม", SearchLanguage.Thai);

        Assert.Contains("th:article:thailand-social-credit#mou-2566", ids);
    }

    [Fact]
    public void WordTheSegmenterCutsDifferentlyInContextIsFoundAsASubstring()
    {
        // Readers shorten ราชกิจจานุเบกษา (the Royal Gazette) to ราชกิจจา. Alone, the segmenter reads
        // that as one word; inside the full name it cuts ราช|กิจ|จา|นุ|เบกษา, so no word query can
        // match and only the Thai substring field finds the page.
        var results = fixture.Search.Search(new SearchQuery("ราชกิจจา", SearchLanguage.Thai));

        var hit = Assert.Single(results.Hits);
        Assert.Equal("th:event:th-2018-10-13-national-strategy", hit.DocumentId);
        Assert.Contains("<mark>ราชกิจจา</mark>นุเบกษา", hit.Snippet);
    }

    [Fact]
    public void DecomposedSaraAmTypedByAReaderMatchesTheWord()
    {
        // ทำ typed as ท + NIKHAHIT + SARA AA looks the same as ทำ but is different text.
        var ids = fixture.Ids("การท\u0E4D\u0E32ความดี", SearchLanguage.Thai);

        Assert.Contains("th:term:goodness-bank", ids);
    }

    [Fact]
    public void ThaiMatchIsMarkedInTheSnippet()
    {
        var hit = fixture.Search.Search(new SearchQuery("หนองสาหร่าย", SearchLanguage.Thai)).Hits
            .Single(h => h.DocumentId == "th:event:th-2023-05-16-slf");

        Assert.Contains("<mark>หนองสาหร่าย</mark>", hit.Snippet);
    }
}
