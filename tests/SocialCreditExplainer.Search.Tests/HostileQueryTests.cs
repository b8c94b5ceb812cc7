using SocialCreditExplainer.Search.Tests.Fixtures;

namespace SocialCreditExplainer.Search.Tests;

[Collection(SampleSearchCollection.Name)]
public sealed class HostileQueryTests(SampleSearchFixture fixture)
{
    public static TheoryData<string> LuceneSyntax => new()
    {
        "\"sesame credit\"",
        "\"sesame credit",
        "sesame*",
        "ses?me credit",
        "[sesame TO credit]",
        "{sesame TO credit}",
        "(sesame) AND (credit)",
        "sesame AND credit",
        "sesame OR credit",
        "sesame NOT credit",
        "+sesame -credit",
        "sesame && credit || !score",
        "credit~2 sesame^10",
        "title:sesame body:credit",
        "/sesa.*/",
        "\\",
        "+-&&||!(){}[]^\"~*?:\\/",
        "*:*",
        "*",
        "?",
        "AND",
        "OR NOT AND",
        "\"",
        "เครดิต*",
        "\"ธนาคารความดี\"",
        "ธนาคาร AND ความดี",
    };

    public static TheoryData<string> BrokenText => new()
    {
        "\0",
        "sesame\0credit",
        "\u0001\u0002\u0007\u001b[31msesame credit\u001b[0m",
        "\uD800",
        "\uDC00sesame",
        "sesame\uD800credit",
        "\uDBFF\uDBFF\uDFFF",
        "\uFFFE\uFFFF",
        "\u202Esesame credit",
        "\u200B\u200B\u200B",
        "ธนาคาร\u200Bความดี",
        "😀 sesame 😀",
        "<script>alert(1)</script>",
        "%00%27%22",
        "' OR 1=1 --",
        "\uFEFFsesame",
        "\u0E48\u0E48\u0E48",
        "ﬁ ｓｅｓａｍｅ",
    };

    // Discovery enumeration is off for the data sets below: xUnit would serialize the strings as
    // UTF-8 and turn every lone surrogate into U+FFFD before the test ever saw it.
    [Theory]
    [MemberData(nameof(LuceneSyntax), DisableDiscoveryEnumeration = true)]
    public void LuceneSyntaxIsTreatedAsText(string query)
    {
        foreach (var language in Enum.GetValues<SearchLanguage>())
        {
            var results = fixture.Search.Search(new SearchQuery(query, language));

            Assert.NotNull(results.Hits);
            Assert.True(results.Hits.Count > 0 || results.Message is not null || results.OtherLanguage.Count >= 0);
        }
    }

    [Theory]
    [InlineData("\"sesame credit\"")]
    [InlineData("sesame AND credit")]
    [InlineData("(sesame) AND (credit)")]
    [InlineData("+sesame +credit")]
    [InlineData("sesame* credit?")]
    public void OperatorsAndQuotesStillFindTheObviousAnswer(string query)
    {
        Assert.Equal("en:term:sesame-credit", fixture.Ids(query, SearchLanguage.English).FirstOrDefault());
    }

    [Fact]
    public void NotIsAWordNotAnOperator()
    {
        // Read as syntax, "NOT credit" would drop the very page this finds.
        Assert.Contains("en:term:sesame-credit", fixture.Ids("sesame NOT credit", SearchLanguage.English));
    }

    [Theory]
    [InlineData("*")]
    [InlineData("***???")]
    [InlineData("+-&&||!(){}[]^\"~*?:\\/")]
    [InlineData("\"")]
    public void PunctuationOnlyGetsAClearMessage(string query)
    {
        var results = fixture.Search.Search(new SearchQuery(query, SearchLanguage.English));

        Assert.Empty(results.Hits);
        Assert.True(results.Notices.HasFlag(SearchNotices.NoSearchableTerms));
        Assert.Equal("There are no words to search for in that text. Try different words.", results.Message);
    }

    [Theory]
    [MemberData(nameof(BrokenText), DisableDiscoveryEnumeration = true)]
    public void BrokenTextNeverThrowsAndIsCleaned(string query)
    {
        foreach (var language in Enum.GetValues<SearchLanguage>())
        {
            var results = fixture.Search.Search(new SearchQuery(query, language));

            Assert.NotNull(results.Hits);
            Assert.DoesNotContain(results.SearchedText, c => char.IsControl(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format);
            AssertValidUtf16(results.SearchedText);
        }
    }

    public static TheoryData<string> DamagedSesameCredit => new()
    {
        "sesame\0credit",
        "\uDC00sesame credit\uD800",
        "ses\uDC00ame cre\uD800dit",
        "\u202Esesame credit",
        "ｓｅｓａｍｅ ｃｒｅｄｉｔ",
    };

    [Theory]
    [MemberData(nameof(DamagedSesameCredit), DisableDiscoveryEnumeration = true)]
    public void SesameCreditSurvivesTheDamage(string query)
    {
        Assert.Equal("en:term:sesame-credit", fixture.Ids(query, SearchLanguage.English).FirstOrDefault());
    }

    [Fact]
    public void ZeroWidthSpaceInsideThaiIsIgnored()
    {
        Assert.Equal("th:term:goodness-bank", fixture.Ids("ธนาคาร\u200Bความดี", SearchLanguage.Thai).FirstOrDefault());
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\t\r\n  \u3000")]
    [InlineData("\u200B\u200B")]
    [InlineData("\0\0\0")]
    [InlineData(null)]
    public void EmptyQueryHasNoHitsAndAMessage(string? query)
    {
        var results = fixture.Search.Search(new SearchQuery(query!, SearchLanguage.English));

        Assert.Empty(results.Hits);
        Assert.Empty(results.OtherLanguage);
        Assert.True(results.Notices.HasFlag(SearchNotices.EmptyQuery));
        Assert.Equal("Type a word or phrase to search for.", results.Message);
        Assert.Equal(string.Empty, results.SearchedText);
    }

    [Fact]
    public void LoneSurrogatesAloneAreAnEmptyQuery()
    {
        var loneSurrogates = new string([(char)0xDC00, (char)0xDC00, ' ', (char)0xD800]);

        var results = fixture.Search.Search(new SearchQuery(loneSurrogates, SearchLanguage.English));

        Assert.True(results.Notices.HasFlag(SearchNotices.EmptyQuery));
        Assert.Empty(results.Hits);
    }

    [Fact]
    public void EmptyQueryMessageIsInThai()
    {
        var results = fixture.Search.Search(new SearchQuery("  ", SearchLanguage.Thai));

        Assert.Equal("พิมพ์คำหรือข้อความที่ต้องการค้นหา", results.Message);
    }

    [Fact]
    public void TenKilobyteQueryIsCutAndTheReaderIsTold()
    {
        var query = "sesame credit " + string.Concat(Enumerable.Repeat("blah ", 2048));

        var results = fixture.Search.Search(new SearchQuery(query, SearchLanguage.English));

        Assert.True(query.Length > 10_000);
        Assert.True(results.SearchedText.Length <= QueryLimits.MaxQueryLength);
        Assert.StartsWith("sesame credit", results.SearchedText, StringComparison.Ordinal);
        Assert.True(results.Notices.HasFlag(SearchNotices.Truncated));
        Assert.Contains("200", results.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LongThaiQueryIsCutWithoutBreakingASyllable()
    {
        var query = string.Concat(Enumerable.Repeat("ธนาคารความดีตำบลหนองสาหร่ายที่ศูนย์คุณธรรมอ้างถึง ", 400));

        var results = fixture.Search.Search(new SearchQuery(query, SearchLanguage.Thai));

        Assert.True(results.Notices.HasFlag(SearchNotices.Truncated));
        Assert.True(results.SearchedText.Length <= QueryLimits.MaxQueryLength);
        Assert.Contains("คำค้นยาวเกินไป", results.Message, StringComparison.Ordinal);
        Assert.False(char.GetUnicodeCategory(results.SearchedText[0]) == System.Globalization.UnicodeCategory.NonSpacingMark);
        Assert.NotEmpty(results.Hits);
    }

    [Fact]
    public void QueryWithTooManyWordsUsesTheFirstOnesAndSaysSo()
    {
        var words = Enumerable.Range(0, 45).Select(i => $"w{i:x2}");
        var results = fixture.Search.Search(new SearchQuery("sesame " + string.Join(' ', words), SearchLanguage.English));

        Assert.True(results.Notices.HasFlag(SearchNotices.TooManyTerms));
        Assert.Contains("32", results.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, SearchQuery.DefaultLimit)]
    [InlineData(-5, SearchQuery.DefaultLimit)]
    [InlineData(1, 1)]
    [InlineData(1000, SearchQuery.MaxLimit)]
    [InlineData(int.MaxValue, SearchQuery.MaxLimit)]
    public void LimitIsKeptInBounds(int limit, int effective)
    {
        var query = new SearchQuery("credit", SearchLanguage.English) { Limit = limit };

        var results = fixture.Search.Search(query);

        Assert.Equal(effective, query.EffectiveLimit);
        Assert.InRange(results.Hits.Count, 1, effective);
    }

    [Fact]
    public void UnknownTypeFilterIsNotAnException()
    {
        var results = fixture.Search.Search(new SearchQuery("credit", SearchLanguage.English) { Type = (SearchDocumentType)42 });

        Assert.Empty(results.Hits);
    }

    [Fact]
    public void NullQueryIsAProgrammingError()
    {
        Assert.Throws<ArgumentNullException>(() => fixture.Search.Search(null!));
    }

    static void AssertValidUtf16(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]))
            {
                Assert.True(i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]), $"Lone high surrogate at {i}.");
                i++;
            }
            else
            {
                Assert.False(char.IsLowSurrogate(text[i]), $"Lone low surrogate at {i}.");
            }
        }
    }
}
