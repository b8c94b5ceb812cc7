using System.Net;
using SocialCreditExplainer.Web.Tests.Support;

namespace SocialCreditExplainer.Web.Tests.Search;

/// <summary>The search page over the real content, as a reader without a circuit gets it.</summary>
public sealed class SearchPageTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task AThaiQueryFindsThaiPagesWithTheWordsMarked()
    {
        var page = SearchHtml.Parse(await GetAsync("/th/search?q=" + Uri.EscapeDataString("เครดิตสังคม")));

        var hits = SearchHtml.Hits(page);
        Assert.NotEmpty(hits);
        Assert.Equal("th", page.DocumentElement.GetAttribute("lang"));
        Assert.All(SearchHtml.Links(hits), href => Assert.StartsWith("/th/", href, StringComparison.Ordinal));
        Assert.Contains("<mark>เครดิตสังคม</mark>", hits[0].QuerySelector(".search-hit-snippet")!.InnerHtml, StringComparison.Ordinal);
        Assert.StartsWith("พบ ", SearchHtml.Status(page), StringComparison.Ordinal);
        Assert.Contains("“เครดิตสังคม”", SearchHtml.Status(page), StringComparison.Ordinal);
        Assert.Equal("ผลการค้นหา", page.QuerySelector("h2#search-results-title")!.TextContent);

        // Every kind of place is labelled in Thai, and the Thai glossary entry is among the hits.
        Assert.Contains(SearchHtml.Links(hits), href => href.StartsWith("/th/glossary#", StringComparison.Ordinal));
        var labels = hits.Select(h => h.QuerySelector(".search-hit-type")!.TextContent).ToHashSet();
        Assert.Subset(new HashSet<string> { "บทความ", "ลำดับเหตุการณ์", "อภิธานศัพท์", "แหล่งที่มา" }, labels);
        Assert.Contains("บทความ", labels);
    }

    [Theory]
    [InlineData("th", "hukou")]
    [InlineData("en", "hukou")]
    [InlineData("th", "hùkǒu")]
    [InlineData("en", "hùkǒu")]
    [InlineData("th", "户口")]
    [InlineData("en", "户口")]
    public async Task PinyinWithOrWithoutTonesAndChineseFindTheGlossaryTermFirst(string lang, string query)
    {
        var page = SearchHtml.Parse(await GetAsync($"/{lang}/search?q={Uri.EscapeDataString(query)}"));

        var hits = SearchHtml.Hits(page);
        Assert.NotEmpty(hits);
        Assert.Equal($"/{lang}/glossary#hukou", SearchHtml.Links(hits)[0]);
        Assert.Equal(lang == "th" ? "อภิธานศัพท์" : "Glossary", hits[0].QuerySelector(".search-hit-type")!.TextContent);
    }

    [Fact]
    public async Task AnEnglishQueryOnAThaiPageOffersTheEnglishMatchesInEnglish()
    {
        var page = SearchHtml.Parse(await GetAsync("/th/search?q=" + Uri.EscapeDataString("sesame credit")));

        var other = page.QuerySelector(".search-other")!;
        var hits = SearchHtml.OtherLanguageHits(page);
        Assert.Equal("ผลการค้นหาภาษาอังกฤษ", other.QuerySelector("h2")!.TextContent);
        Assert.NotEmpty(hits);
        Assert.All(SearchHtml.Links(hits), href => Assert.StartsWith("/en/", href, StringComparison.Ordinal));
        Assert.All(hits, h =>
        {
            Assert.Equal("en", h.QuerySelector(".search-hit-title a")!.GetAttribute("lang"));
            Assert.Equal("en", h.QuerySelector(".search-hit-snippet")!.GetAttribute("lang"));
            Assert.False(h.QuerySelector(".search-hit-type")!.HasAttribute("lang"));
        });
        Assert.Contains(hits, h => h.QuerySelector(".search-hit-snippet")!.InnerHtml.Contains("<mark>", StringComparison.Ordinal));
        Assert.Contains("ภาษาอังกฤษ", other.QuerySelector(".search-other-intro")!.TextContent, StringComparison.Ordinal);

        // The Thai pages' own matches come first and carry no lang of their own.
        Assert.All(SearchHtml.Hits(page), h => Assert.Null(h.QuerySelector(".search-hit-title a")!.GetAttribute("lang")));
    }

    [Fact]
    public async Task AThaiQueryOnAnEnglishPageOffersTheThaiMatchesInThai()
    {
        var page = SearchHtml.Parse(await GetAsync("/en/search?q=" + Uri.EscapeDataString("เครดิตสังคม")));

        var hits = SearchHtml.OtherLanguageHits(page);
        Assert.Equal("Results in Thai", page.QuerySelector(".search-other h2")!.TextContent);
        Assert.NotEmpty(hits);
        Assert.All(SearchHtml.Links(hits), href => Assert.StartsWith("/th/", href, StringComparison.Ordinal));
        Assert.All(hits, h => Assert.Equal("th", h.QuerySelector(".search-hit-snippet")!.GetAttribute("lang")));
    }

    [Fact]
    public async Task AnEnglishQueryOnAnEnglishPageOffersNothingElse()
    {
        var page = SearchHtml.Parse(await GetAsync("/en/search?q=blacklist"));

        Assert.NotEmpty(SearchHtml.Hits(page));
        Assert.Null(page.QuerySelector(".search-other"));
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
    }

    [Theory]
    [InlineData("timeline", "timeline-event", "/en/timeline#")]
    [InlineData("glossary", "glossary-term", "/en/glossary#")]
    [InlineData("sources", "source", "/en/sources/")]
    [InlineData("articles", "article-section", "/en/articles/")]
    public async Task TheTypeFilterKeepsOnlyThatKindOfPlace(string type, string dataType, string urlStart)
    {
        var page = SearchHtml.Parse(await GetAsync($"/en/search?q=hukou&type={type}"));

        var hits = SearchHtml.Hits(page);
        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Equal(dataType, h.GetAttribute("data-type")));
        Assert.All(SearchHtml.Links(hits), href => Assert.StartsWith(urlStart, href, StringComparison.Ordinal));
        Assert.Equal(type, page.QuerySelector("#search-type option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task AnUnknownTypeIsExplainedInThaiAndEverythingSearched()
    {
        var withBadType = SearchHtml.Parse(await GetAsync("/th/search?q=hukou&type=planets"));
        var everything = SearchHtml.Parse(await GetAsync("/th/search?q=hukou"));

        Assert.Equal("ไม่มีหมวด “planets” จึงค้นหาในทุกหมวด", withBadType.QuerySelector(".search-notice")!.TextContent);
        Assert.Equal(SearchHtml.Links(SearchHtml.Hits(everything)), SearchHtml.Links(SearchHtml.Hits(withBadType)));
    }

    [Theory]
    [InlineData("th", "ค้นหา", "คำค้น", "ค้นหาใน", "ทั้งหมด|บทความ|ลำดับเหตุการณ์|อภิธานศัพท์|แหล่งที่มา")]
    [InlineData("en", "Search", "Search for", "Search in", "Everything|Articles|Timeline|Glossary|Sources")]
    public async Task WithoutAQueryThePageIsAPlainGetFormInTheReadersLanguage(string lang, string title, string queryLabel, string typeLabel, string options)
    {
        using var client = site.CreateClient();
        using var response = await client.GetAsync($"/{lang}/search");
        var page = SearchHtml.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(title, page.QuerySelector("h1")!.TextContent);
        var form = page.QuerySelector("form.search-form")!;
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal($"/{lang}/search", form.GetAttribute("action"));
        Assert.Equal("search", form.GetAttribute("role"));
        Assert.Equal("search", page.QuerySelector("#search-q")!.GetAttribute("type"));
        Assert.Equal("q", page.QuerySelector("#search-q")!.GetAttribute("name"));
        Assert.Equal(queryLabel, page.QuerySelector("label[for=search-q]")!.TextContent);
        Assert.Equal(typeLabel, page.QuerySelector("label[for=search-type]")!.TextContent);
        Assert.Equal(options, string.Join('|', page.QuerySelectorAll("#search-type option").Select(o => o.TextContent)));
        Assert.Equal("all|articles|timeline|glossary|sources", string.Join('|', page.QuerySelectorAll("#search-type option").Select(o => o.GetAttribute("value"))));
        Assert.Equal("false", page.QuerySelector(".search")!.GetAttribute("data-interactive"));
        Assert.Equal("false", page.QuerySelector(".search")!.GetAttribute("data-enhance-nav"));
        Assert.Empty(SearchHtml.Hits(page));
        Assert.Null(page.QuerySelector("meta[name=robots]"));

        // The examples are searches that find something.
        var example = page.QuerySelector(".search-examples a")!.GetAttribute("href")!;
        Assert.NotEmpty(SearchHtml.Hits(SearchHtml.Parse(await GetAsync(example))));
    }

    [Fact]
    public async Task AResultsPageIsNotIndexedNotCachedAndNamesTheSearchInItsTitle()
    {
        using var client = site.CreateClient();
        using var response = await client.GetAsync("/en/search?q=blacklist");
        var page = SearchHtml.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        Assert.StartsWith("blacklist – Search – ", page.Title, StringComparison.Ordinal);
        Assert.Null(response.Headers.ETag);
        Assert.DoesNotContain("public", response.Headers.CacheControl?.ToString() ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownLanguageIsA404()
    {
        using var client = site.CreateClient();
        using var response = await client.GetAsync("/xx/search?q=hukou");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    public static TheoryData<string, string> HostileQueries() => new()
    {
        { "th", "q=%22%E0%B9%80%E0%B8%84%E0%B8%A3%E0%B8%94%E0%B8%B4%E0%B8%95" },
        { "en", "q=%22social%20credit%22" },
        { "en", "q=*" },
        { "en", "q=?" },
        { "en", "q=cred*%20hu?ou" },
        { "en", "q=%5B1%20TO%209%5D%20%7Bx%7D%20(a%20OR%20b" },
        { "en", "q=AND" },
        { "en", "q=social%20AND%20OR%20NOT%20credit" },
        { "en", "q=title:hukou%20%2Bfoo%20-bar%20~2%20%5E3%20%5C" },
        { "th", "q=" + new string('ก', 10 * 1024) },
        { "en", "q=" + string.Concat(Enumerable.Repeat("credit%20", 1200)) },
        { "en", "q=%00%01%07%1B%7F" },
        { "th", "q=%ED%A0%80" },
        { "en", "q=hukou%ED%A0%80" },
        { "en", "q=%F0%9F%92%A9" },
        { "en", "q=a&q=b" },
        { "en", "q=hukou&type=%00" },
        { "th", "q=hukou&type=" + new string('x', 5000) },
        { "en", "q=%3Cscript%3Ealert(1)%3C/script%3E" },
    };

    [Theory]
    [MemberData(nameof(HostileQueries))]
    public async Task HostileQueriesGetAPageWithAMessageOrResultsNeverAnError(string lang, string query)
    {
        using var client = site.CreateClient();
        using var response = await client.GetAsync($"/{lang}/search?{query}");
        var html = await response.Content.ReadAsStringAsync();
        var page = SearchHtml.Parse(html);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(SearchHtml.Hits(page).Count > 0 || SearchHtml.Message(page) is not null || SearchHtml.Status(page).Length > 0);
        Assert.DoesNotContain("Exception", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);

        // A huge query is cut before it reaches the page: the box, the title and the island's state stay small.
        Assert.True(html.Length < 200_000, $"The page is {html.Length} characters.");
    }

    [Theory]
    [InlineData("th", "คำค้นยาวเกินไป จึงค้นหาเฉพาะ 200 ตัวอักษรแรก")]
    [InlineData("en", "Your search was too long, so only its first 200 characters were used.")]
    public async Task ATenKilobyteQueryIsCutAndTheReaderToldInTheirLanguage(string lang, string expected)
    {
        var page = SearchHtml.Parse(await GetAsync($"/{lang}/search?q=" + Uri.EscapeDataString(string.Concat(Enumerable.Repeat("hukou ", 1700)))));

        Assert.Contains(expected, SearchHtml.Message(page), StringComparison.Ordinal);
        Assert.Contains($"/{lang}/glossary#hukou", SearchHtml.Links(SearchHtml.Hits(page)));
    }

    [Theory]
    [InlineData("th", "q=", "พิมพ์คำหรือข้อความที่ต้องการค้นหา")]
    [InlineData("th", "q=%00%01", "พิมพ์คำหรือข้อความที่ต้องการค้นหา")]
    [InlineData("th", "q=***", "ข้อความนี้ไม่มีคำที่ใช้ค้นหาได้ ลองพิมพ์คำอื่น")]
    [InlineData("en", "q=%3F%3F%3F", "There are no words to search for in that text. Try different words.")]
    public async Task UnusableTextIsExplainedInTheReadersLanguage(string lang, string query, string expected)
    {
        var page = SearchHtml.Parse(await GetAsync($"/{lang}/search?{query}"));

        Assert.Equal(expected, SearchHtml.Message(page));
        Assert.Empty(SearchHtml.Hits(page));
    }

    [Fact]
    public async Task NoMatchesSaysSoInThai()
    {
        var page = SearchHtml.Parse(await GetAsync("/th/search?q=" + "zqxjvwk"));

        Assert.Empty(SearchHtml.Hits(page));
        Assert.StartsWith("ไม่พบผลลัพธ์", SearchHtml.Status(page), StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector(".search-hint"));
    }

    async Task<string> GetAsync(string path)
    {
        using var client = site.CreateClient();
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}
