using System.Globalization;
using System.Net;
using System.Text.Json;
using SocialCreditExplainer.Content.Citing;
using SocialCreditExplainer.Content.Languages;
using SocialCreditExplainer.Web.Tests.Support;

namespace SocialCreditExplainer.Web.Tests.Sources;

/// <summary>
/// "Cite this page": the BibTeX, RIS and CSL-JSON downloads of an article and of a source, each
/// parsed back and checked for its title, permanent URL and date accessed, and the page's own block.
/// </summary>
public sealed class CitationDownloadTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    const string Origin = "http://localhost";
    const string ArticleKey = "what-is-social-credit";
    const string SourceId = "creemers-2007-opinions";

    [Theory]
    [InlineData("th")]
    [InlineData("en")]
    public async Task AnArticlesBibTexHasItsTitlePermanentUrlAndTodayAsAccessed(string lang)
    {
        var (title, url) = Article(lang);

        var (text, accessed) = await Download($"/{lang}/articles/{ArticleKey}/cite.bib", "application/x-bibtex", $"sce{ArticleKey.Replace("-", string.Empty, StringComparison.Ordinal)}{lang}.bib");

        var (type, key, fields) = CitationFileReaders.ReadBibTex(text);
        Assert.Equal("misc", type);
        Assert.Equal($"sce{ArticleKey.Replace("-", string.Empty, StringComparison.Ordinal)}{lang}", key);
        Assert.Equal(title, fields["title"]);
        Assert.Equal(url, fields["url"]);
        Assert.Contains(fields["urldate"], accessed.Select(Iso));
    }

    [Theory]
    [InlineData("th")]
    [InlineData("en")]
    public async Task AnArticlesRisHasItsTitlePermanentUrlAndTodayAsAccessed(string lang)
    {
        var (title, url) = Article(lang);

        var (text, accessed) = await Download($"/{lang}/articles/{ArticleKey}/cite.ris", "application/x-research-info-systems", null);

        var tags = CitationFileReaders.ReadRis(text);
        Assert.Equal(["ELEC"], tags["TY"]);
        Assert.Equal([title], tags["TI"]);
        Assert.Equal([url], tags["UR"]);
        Assert.Contains(Assert.Single(tags["Y2"]), accessed.Select(d => Iso(d).Replace('-', '/')));
        Assert.Equal([lang], tags["LA"]);
    }

    [Theory]
    [InlineData("th")]
    [InlineData("en")]
    public async Task AnArticlesCslJsonHasItsTitlePermanentUrlAndTodayAsAccessed(string lang)
    {
        var (title, url) = Article(lang);

        var (text, accessed) = await Download($"/{lang}/articles/{ArticleKey}/cite.json", "application/vnd.citationstyles.csl+json", null);

        using var json = JsonDocument.Parse(text);
        var item = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal("webpage", item.GetProperty("type").GetString());
        Assert.Equal(title, item.GetProperty("title").GetString());
        Assert.Equal(url, item.GetProperty("URL").GetString());
        var parts = item.GetProperty("accessed").GetProperty("date-parts")[0].EnumerateArray().Select(p => p.GetInt32()).ToArray();
        Assert.Contains(new DateOnly(parts[0], parts[1], parts[2]), accessed);
    }

    [Fact]
    public async Task ASourcesFilesCiteTheWorkItselfWithTheDayItWasRead()
    {
        var source = SourcePages.Snapshot(site).FindSource(SourceId)!;
        var record = $"{Origin}/th/sources/{SourceId}";

        var (bib, _) = await Download($"/th/sources/{SourceId}/cite.bib", "application/x-bibtex", "creemers2007opinions.bib");
        var (ris, _) = await Download($"/th/sources/{SourceId}/cite.ris", "application/x-research-info-systems", "creemers2007opinions.ris");
        var (csl, _) = await Download($"/th/sources/{SourceId}/cite.json", "application/vnd.citationstyles.csl+json", "creemers2007opinions.json");

        var (type, _, fields) = CitationFileReaders.ReadBibTex(bib);
        Assert.Equal("techreport", type);
        Assert.Equal(source.Title, fields["title"]);
        Assert.Equal("Rogier Creemers", fields["author"]);
        Assert.Equal(source.Url, fields["url"]);
        Assert.Equal(Iso(source.Accessed), fields["urldate"]);
        Assert.Equal("2007-03", fields["date"]);
        Assert.Contains(record, fields["note"], StringComparison.Ordinal);

        var tags = CitationFileReaders.ReadRis(ris);
        Assert.Equal([source.Title], tags["TI"]);
        Assert.Equal([source.Url!], tags["UR"]);
        Assert.Equal(["2026/11/26"], tags["Y2"]);
        Assert.Equal(["2007/03//"], tags["DA"]);
        Assert.Contains(record, Assert.Single(tags["N1"]), StringComparison.Ordinal);

        using var json = JsonDocument.Parse(csl);
        var item = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal(source.Title, item.GetProperty("title").GetString());
        Assert.Equal(source.Url, item.GetProperty("URL").GetString());
        Assert.Equal([2026, 11, 26], item.GetProperty("accessed").GetProperty("date-parts")[0].EnumerateArray().Select(p => p.GetInt32()));
        Assert.Equal([2007, 3], item.GetProperty("issued").GetProperty("date-parts")[0].EnumerateArray().Select(p => p.GetInt32()));
    }

    [Fact]
    public async Task ASourceWithNoAddressIsCitedWithoutOne()
    {
        var (text, _) = await Download("/en/sources/house-record-kan-debate/cite.ris", "application/x-research-info-systems", null);

        var tags = CitationFileReaders.ReadRis(text);
        Assert.Equal(["HEAR"], tags["TY"]);
        Assert.False(tags.ContainsKey("UR"));
        Assert.StartsWith("[House of Representatives record", Assert.Single(tags["TI"]), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/en/articles/no-such-article/cite.bib")]
    [InlineData("/th/sources/no-such-source/cite.ris")]
    [InlineData("/en/sources/" + SourceId + "/cite.txt")]
    [InlineData("/xx/sources/" + SourceId + "/cite.bib")]
    public async Task AnUnknownPageOrFormatIsA404(string path)
    {
        using var client = site.CreateClient();
        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task AnArticlePageOffersTheStylesThePermanentLinkAndWorkingDownloads()
    {
        var before = Today();
        var page = await SourcePages.Get(site, $"/en/articles/{ArticleKey}");
        var after = Today();

        var block = page.QuerySelector("section.cite-this")!;
        Assert.Equal("Cite this page", block.QuerySelector("h2")!.TextContent);
        Assert.Equal($"{Origin}/en/articles/{ArticleKey}", block.QuerySelector("a.cite-permalink")!.GetAttribute("href"));
        Assert.Contains(block.QuerySelector(".cite-facts time")!.GetAttribute("datetime"), new[] { before, after }.Select(Iso));

        var styles = block.QuerySelectorAll("figure.cite-style");
        Assert.Equal(["APA 7", "MLA 9", "Chicago 17"], styles.Select(f => f.QuerySelector("figcaption")!.TextContent));
        var apa = styles[0].QuerySelector("pre")!.TextContent;
        Assert.StartsWith("Social Credit Explained. (", apa, StringComparison.Ordinal);
        Assert.EndsWith($"from {Origin}/en/articles/{ArticleKey}", apa, StringComparison.Ordinal);
        Assert.Contains(Long(before), apa + Long(after), StringComparison.Ordinal);

        await AssertDownloadsWork(block, $"/en/articles/{ArticleKey}");
    }

    [Fact]
    public async Task ASourcePageOffersTheStylesOfTheWorkWithTheDayItWasRead()
    {
        var page = await SourcePages.Get(site, $"/th/sources/{SourceId}");

        var block = page.QuerySelector("section.cite-this")!;
        Assert.Equal("อ้างอิงแหล่งที่มานี้", block.QuerySelector("h2")!.TextContent);
        Assert.Equal($"{Origin}/th/sources/{SourceId}", block.QuerySelector("a.cite-permalink")!.GetAttribute("href"));
        Assert.Equal("2026-11-26", block.QuerySelector(".cite-facts time")!.GetAttribute("datetime"));
        Assert.Equal("26 พฤศจิกายน 2569", block.QuerySelector(".cite-facts time")!.TextContent);
        Assert.StartsWith("Creemers, R. (2007, March). Some Opinions", block.QuerySelector("figure.cite-style pre")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("ดาวน์โหลดไฟล์ BibTeX (.bib)", block.TextContent, StringComparison.Ordinal);

        await AssertDownloadsWork(block, $"/th/sources/{SourceId}");
    }

    async Task AssertDownloadsWork(AngleSharp.Dom.IElement block, string page)
    {
        var links = block.QuerySelectorAll(".cite-downloads a");
        Assert.Equal(CitationFiles.All.Select(f => $"{page}/cite.{CitationFiles.Extension(f)}"), links.Select(a => a.GetAttribute("href")));
        using var client = site.CreateClient();
        foreach (var link in links)
        {
            using var response = await client.GetAsync(link.GetAttribute("href"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(link.GetAttribute("download"), response.Content.Headers.ContentDisposition!.FileName);
        }
    }

    (string Title, string Url) Article(string lang)
    {
        var article = SourcePages.Snapshot(site).FindArticle(SiteLanguage.FromCode(lang)!, ArticleKey)!;
        return (article.Metadata.Title, $"{Origin}/{lang}/articles/{article.Slug}");
    }

    /// <summary>The file's text and the UTC days the request spanned (the accessed date is one of them).</summary>
    async Task<(string Text, DateOnly[] Days)> Download(string path, string mediaType, string? fileName)
    {
        using var client = site.CreateClient();
        var before = Today();
        using var response = await client.GetAsync(path);
        var after = Today();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        if (fileName is not null)
        {
            Assert.Equal(fileName, disposition.FileName);
        }

        return (await response.Content.ReadAsStringAsync(), [before, after]);
    }

    static DateOnly Today() => DateOnly.FromDateTime(DateTime.UtcNow);

    static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    static string Long(DateOnly d) => d.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);
}
