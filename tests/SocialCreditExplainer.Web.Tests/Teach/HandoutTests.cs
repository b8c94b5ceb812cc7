using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using SocialCreditExplainer.Content;
using SocialCreditExplainer.Content.Languages;
using SocialCreditExplainer.Content.Teaching;
using SocialCreditExplainer.Web.Tests.Support;

namespace SocialCreditExplainer.Web.Tests.Teach;

public sealed class HandoutTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Theory]
    [InlineData("th")]
    [InlineData("en")]
    public async Task EveryArticleHandoutHasItsObjectivesBodyQuestionsAndReferencesWithAddressesWrittenOut(string lang)
    {
        var language = SiteLanguage.FromCode(lang)!;
        var snapshot = TeachHtml.Snapshot(site);
        using var client = site.CreateClient();

        foreach (var article in snapshot.ArticlesIn(language))
        {
            var (status, page) = await TeachHtml.GetAsync(client, TeachingUrls.ArticleHandout(language, article.Slug));

            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Equal(article.Metadata.Title, page.QuerySelector("h1")!.TextContent);
            Assert.NotNull(page.QuerySelector(".handout-body p"));
            Assert.Equal(article.Metadata.Objectives, page.QuerySelectorAll(".teaching-objectives li").Select(li => li.TextContent));
            Assert.Equal(article.Metadata.Questions, page.QuerySelectorAll(".teaching-questions li").Select(li => li.TextContent));

            var references = page.QuerySelectorAll(".handout-references li").ToList();
            Assert.Equal(article.Body.Citations.Count, references.Count);
            foreach (var cited in article.Body.Citations)
            {
                var entry = references.Single(li => li.Id == $"ref-{cited.Number}");
                var source = snapshot.FindSource(cited.SourceId)!;
                if (source.Url is not null)
                {
                    var link = entry.QuerySelector("a.ref-url")!;
                    Assert.Equal(source.Url, link.TextContent);
                    Assert.Equal(source.Url, link.GetAttribute("href"));
                }
                else
                {
                    Assert.Equal(source.UrlNote, entry.QuerySelector(".ref-url-note")!.TextContent);
                }

                // Every marker in the body leads to its entry.
                Assert.NotNull(page.QuerySelector($".handout-body a[href='#ref-{cited.Number}']"));
            }
        }
    }

    [Fact]
    public async Task ASourceWithoutAWebAddressSaysHowToFindItInstead()
    {
        var snapshot = TeachHtml.Snapshot(site);
        var source = snapshot.FindSource("house-record-kan-debate")!;
        Assert.Null(source.Url);
        var article = snapshot.ArticlesIn(SiteLanguage.Thai).First(a => a.Body.Citations.Any(c => c.SourceId == source.Id));
        using var client = site.CreateClient();

        var (_, page) = await TeachHtml.GetAsync(client, TeachingUrls.ArticleHandout(SiteLanguage.Thai, article.Slug));

        var entry = page.QuerySelectorAll(".handout-references li").Single(li => li.QuerySelector(".ref-url-note") is { } note && note.TextContent == source.UrlNote);
        Assert.Contains("ไม่มีที่อยู่เว็บ:", entry.TextContent);
    }

    [Fact]
    public async Task TheHandoutIsDatedInTheReadersCalendar()
    {
        var clock = new SettableClock(new DateTimeOffset(2018, 10, 13, 5, 0, 0, TimeSpan.Zero));
        await using var clocked = WithClock(clock);
        using var client = clocked.CreateClient();

        var (_, thai) = await TeachHtml.GetAsync(client, "/th/articles/what-is-social-credit/handout");
        var (_, english) = await TeachHtml.GetAsync(client, "/en/articles/what-is-social-credit/handout");

        Assert.Equal("จัดทำเมื่อ 13 ตุลาคม 2561", TeachHtml.Text(thai.QuerySelector(".handout-prepared")!));
        Assert.Equal("Prepared on 13 October 2018", TeachHtml.Text(english.QuerySelector(".handout-prepared")!));
        Assert.Equal("2018-10-13", thai.QuerySelector(".handout-prepared time")!.GetAttribute("datetime"));
    }

    [Fact]
    public async Task TheHandoutShowsTodaysDateEvenAfterYesterdaysCopyWasServed()
    {
        var clock = new SettableClock(new DateTimeOffset(2026, 11, 26, 5, 0, 0, TimeSpan.Zero));
        await using var clocked = WithClock(clock);
        using var client = clocked.CreateClient();

        var (_, first) = await TeachHtml.GetAsync(client, "/en/articles/about/handout");
        clock.Now = clock.Now.AddDays(1);
        var (_, second) = await TeachHtml.GetAsync(client, "/en/articles/about/handout");

        Assert.Equal("Prepared on 26 November 2026", TeachHtml.Text(first.QuerySelector(".handout-prepared")!));
        Assert.Equal("Prepared on 27 November 2026", TeachHtml.Text(second.QuerySelector(".handout-prepared")!));
    }

    [Fact]
    public async Task TheHandoutStylesheetPrintsOnA4WithoutTheSiteNavigation()
    {
        using var client = site.CreateClient();
        var (_, page) = await TeachHtml.GetAsync(client, "/th/articles/what-is-social-credit/handout");

        var href = page.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!).Single(h => h.Contains("css/handout", StringComparison.Ordinal));
        var css = await client.GetStringAsync("/" + href.TrimStart('/'));

        Assert.Matches(@"@page\s*\{[^}]*size:\s*A4", css);
        var print = css[css.IndexOf("@media print", StringComparison.Ordinal)..];
        Assert.Matches(@"\.site-header[^{]*\{\s*display:\s*none", print);
        Assert.DoesNotMatch(@"word-break:\s*break-all\s*[;}]", css);
    }

    [Theory]
    [InlineData("th", "เอกสารประกอบการสอน (พิมพ์)")]
    [InlineData("en", "Printable handout")]
    public async Task EveryArticleLinksToItsHandout(string lang, string label)
    {
        var language = SiteLanguage.FromCode(lang)!;
        using var client = site.CreateClient();

        foreach (var article in TeachHtml.Snapshot(site).ArticlesIn(language))
        {
            var (_, page) = await TeachHtml.GetAsync(client, SiteUrls.Article(language, article.Slug));
            var link = page.QuerySelector($"a[href='{TeachingUrls.ArticleHandout(language, article.Slug)}']");
            Assert.Equal(label, link?.TextContent);
        }
    }

    [Fact]
    public async Task AReadingListHandoutListsEachReadingWithItsAddressAndEverySourceOnce()
    {
        var snapshot = TeachHtml.Snapshot(site);
        var article = snapshot.FindArticleByKey(SiteLanguage.Thai, "what-is-social-credit")!;
        var section = ArticleSections.Assignable(article)[0];
        var list = new ReadingList("สัปดาห์ที่ 3", "อ่านก่อนคาบ", [new(article.Key), new(article.Key, section.Id)]);
        Assert.True(ReadingListCodec.TryEncode(list, out var encoded, out _));
        using var client = site.CreateClient();

        var (status, page) = await TeachHtml.GetAsync(client, TeachingUrls.ReadingListHandout(SiteLanguage.Thai, encoded));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("สัปดาห์ที่ 3", page.QuerySelector("h1")!.TextContent);
        Assert.StartsWith("จัดทำเมื่อ ", TeachHtml.Text(page.QuerySelector(".handout-prepared")!), StringComparison.Ordinal);
        var readings = page.QuerySelectorAll(".handout-reading").ToList();
        Assert.Equal(2, readings.Count);
        Assert.Equal("http://localhost/th/articles/" + article.Slug, readings[0].QuerySelector("a.ref-url")!.TextContent);
        Assert.Equal($"http://localhost/th/articles/{article.Slug}#{section.Id}", readings[1].QuerySelector("a.ref-url")!.TextContent);
        Assert.Equal(article.Metadata.Questions, readings[0].QuerySelectorAll(".teaching-questions li").Select(li => li.TextContent));

        // The section's sources are the article's too: each is listed once.
        var sources = page.QuerySelectorAll(".handout-references li").ToList();
        Assert.Equal(article.Body.Citations.Count, sources.Count);
        Assert.Equal(Enumerable.Range(1, sources.Count).Select(n => $"ref-{n}"), sources.Select(li => li.Id));
    }

    [Fact]
    public async Task AHandoutForAnArticleThatDoesNotExistIsNotFound()
    {
        using var client = site.CreateClient();

        using var response = await client.GetAsync("/th/articles/no-such-article/handout");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    WebApplicationFactory<Program> WithClock(TimeProvider clock) =>
        site.WithWebHostBuilder(builder => builder.ConfigureServices(services => services.AddSingleton(clock)));

    /// <summary>A clock the test moves; local time is UTC so the day is the same everywhere.</summary>
    sealed class SettableClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }
}
