using System.Text.RegularExpressions;
using SocialCreditExplainer.Search.Tests.Fixtures;

namespace SocialCreditExplainer.Search.Tests;

public sealed partial class SnippetTests(SnippetSearchFixture fixture) : IClassFixture<SnippetSearchFixture>
{
    static readonly SearchDocument Hostile = SnippetSearchFixture.Hostile;
    static readonly SearchDocument Long = SnippetSearchFixture.Long;

    [Fact]
    public void MarkupInTheTextIsEncoded()
    {
        var hit = Find("script alert", Hostile.Id);

        Assert.Contains("&lt;<mark>script</mark>&gt;<mark>alert</mark>(&#39;credit&#39;)&lt;/<mark>script</mark>&gt;", hit.Snippet);
        Assert.Contains("&lt;img src=x onerror=&quot;<mark>alert</mark>(1)&quot;&gt;", hit.Snippet);
        Assert.Contains("&amp; ampersands", hit.Snippet);
        AssertOnlyMarkTags(hit.Snippet);
    }

    [Theory]
    [InlineData("social credit")]
    [InlineData("sesame")]
    [InlineData("ระบบเครดิตสังคม")]
    [InlineData("户口")]
    [InlineData("hukou")]
    [InlineData("<mark>")]
    [InlineData("&amp;")]
    [InlineData("script")]
    public void EverySnippetHoldsOnlyMarkTags(string query)
    {
        foreach (var language in Enum.GetValues<SearchLanguage>())
        {
            var results = fixture.Search.Search(new SearchQuery(query, language));
            foreach (var hit in results.Hits.Concat(results.OtherLanguage))
            {
                AssertOnlyMarkTags(hit.Snippet);
            }
        }
    }

    [Fact]
    public void MatchFarIntoTheBodyIsShownWithContextAndEllipses()
    {
        var hit = Find("zebracrossing", Long.Id);

        Assert.StartsWith("…", hit.Snippet, StringComparison.Ordinal);
        Assert.EndsWith("…", hit.Snippet, StringComparison.Ordinal);
        Assert.Contains("<mark>zebracrossing</mark>", hit.Snippet);
        Assert.InRange(PlainText(hit.Snippet).Length, 120, 210);
    }

    [Fact]
    public void SnippetCutsAtWordBoundaries()
    {
        var hit = Find("zebracrossing", Long.Id);
        var plain = PlainText(hit.Snippet).Trim('…');

        var words = Long.Body.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        Assert.All(plain.Split(' ', StringSplitOptions.RemoveEmptyEntries), w => Assert.Contains(w, words));
    }

    [Fact]
    public void TitleOnlyMatchShowsTheStartOfTheBody()
    {
        var hit = Find("long section", Long.Id);

        Assert.StartsWith("Filler sentence", hit.Snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("<mark>", hit.Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void AdjacentMatchedWordsShareOneMark()
    {
        var hit = Find("sesame credit", "en:source:kapronasia-2017");

        Assert.Contains("The <mark>Sesame Credit</mark> system", hit.Snippet);
    }

    [Fact]
    public void ThaiWordsNextToEachOtherShareOneMark()
    {
        var hit = Find("เครดิตสังคม", "th:article:thailand-social-credit#mou-2566");

        Assert.Contains("ระบบ<mark>เครดิตสังคม</mark>", hit.Snippet);
    }

    [Fact]
    public void ThaiSnippetCutsNeitherSyllablesNorTheMatch()
    {
        var hit = Find("ต้นแบบ", "th:article:thailand-social-credit#goodness-bank-model");

        Assert.Contains("<mark>ต้นแบบ</mark>", hit.Snippet);
        var plain = PlainText(hit.Snippet).Trim('…');
        Assert.False(char.GetUnicodeCategory(plain[0]) == System.Globalization.UnicodeCategory.NonSpacingMark);
        Assert.Contains(plain, hit.Snippet.Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    SearchHit Find(string query, string id)
    {
        var language = id.StartsWith("th:", StringComparison.Ordinal) ? SearchLanguage.Thai : SearchLanguage.English;
        return fixture.Search.Search(new SearchQuery(query, language)).Hits.Single(h => h.DocumentId == id);
    }

    static void AssertOnlyMarkTags(string snippet)
    {
        var withoutMarks = snippet.Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal);
        Assert.DoesNotContain('<', withoutMarks);
        Assert.DoesNotContain('>', withoutMarks);
        Assert.DoesNotContain('"', withoutMarks);
        Assert.DoesNotContain('\'', withoutMarks);
        Assert.DoesNotMatch(BareAmpersand(), withoutMarks);
    }

    static string PlainText(string snippet) =>
        System.Net.WebUtility.HtmlDecode(snippet.Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal));

    // An & that does not start one of the entities the encoder writes.
    [GeneratedRegex("&(?!(amp|lt|gt|quot|#39);)")]
    private static partial Regex BareAmpersand();
}
