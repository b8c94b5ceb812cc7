using System.Globalization;
using System.Net;
using System.Xml.Linq;
using SocialCreditExplainer.Content;
using SocialCreditExplainer.Content.Languages;
using SocialCreditExplainer.Web.Tests.Journalists;
using SocialCreditExplainer.Web.Tests.Support;

namespace SocialCreditExplainer.Web.Tests.Feeds;

/// <summary>RSS 2.0 and Atom feeds per language, parsed as a feed reader would.</summary>
public sealed class FeedTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Theory]
    [InlineData("th")]
    [InlineData("en")]
    public async Task TheRssFeedListsEveryArticleInItsLanguage(string code)
    {
        var language = SiteLanguage.FromCode(code)!;
        var snapshot = PageHtml.Snapshot(site);
        using var client = site.CreateClient();

        using var response = await client.GetAsync($"/{code}/feed.rss");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/rss+xml", response.Content.Headers.ContentType!.MediaType);
        var rss = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("2.0", rss.Root!.Attribute("version")!.Value);
        var channel = rss.Root.Element("channel")!;
        Assert.False(string.IsNullOrWhiteSpace(channel.Element("title")!.Value));
        Assert.False(string.IsNullOrWhiteSpace(channel.Element("description")!.Value));
        var self = channel.Element(Atom + "link")!;
        Assert.Equal("self", self.Attribute("rel")!.Value);
        Assert.Equal(new Uri(client.BaseAddress!, $"/{code}/feed.rss"), new Uri(self.Attribute("href")!.Value));

        var items = channel.Elements("item").ToList();
        var articles = snapshot.ArticlesIn(language).ToList();
        Assert.Equal(articles.Count, items.Count);
        foreach (var item in items)
        {
            var link = new Uri(item.Element("link")!.Value);
            var article = Assert.Single(articles, a => SiteUrls.Article(language, a.Slug) == link.AbsolutePath);
            Assert.Equal(article.Metadata.Title, item.Element("title")!.Value);
            Assert.Equal(article.Metadata.Summary, item.Element("description")!.Value);
            var published = DateTimeOffset.ParseExact(item.Element("pubDate")!.Value, "r", CultureInfo.InvariantCulture);
            Assert.Equal(article.Metadata.Updated, DateOnly.FromDateTime(published.UtcDateTime));
            Assert.Equal("false", item.Element("guid")!.Attribute("isPermaLink")!.Value);
        }

        Assert.Equal(items.Count, items.Select(i => i.Element("guid")!.Value).Distinct().Count());
        Assert.Equal(
            items.Select(i => DateTimeOffset.ParseExact(i.Element("pubDate")!.Value, "r", CultureInfo.InvariantCulture)).OrderDescending(),
            items.Select(i => DateTimeOffset.ParseExact(i.Element("pubDate")!.Value, "r", CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("th")]
    [InlineData("en")]
    public async Task TheAtomFeedListsEveryArticleInItsLanguage(string code)
    {
        var language = SiteLanguage.FromCode(code)!;
        var snapshot = PageHtml.Snapshot(site);
        using var client = site.CreateClient();

        using var response = await client.GetAsync($"/{code}/feed.atom");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Equal(code, feed.Attribute(XNamespace.Xml + "lang")!.Value);
        Assert.StartsWith("urn:uuid:", feed.Element(Atom + "id")!.Value, StringComparison.Ordinal);
        Assert.Equal(TimeSpan.Zero, Rfc3339(feed.Element(Atom + "updated")!.Value).Offset);
        Assert.False(string.IsNullOrWhiteSpace(feed.Element(Atom + "author")!.Element(Atom + "name")!.Value));
        var self = feed.Elements(Atom + "link").Single(l => l.Attribute("rel")!.Value == "self");
        Assert.Equal(new Uri(client.BaseAddress!, $"/{code}/feed.atom"), new Uri(self.Attribute("href")!.Value));

        var entries = feed.Elements(Atom + "entry").ToList();
        var articles = snapshot.ArticlesIn(language).ToList();
        Assert.Equal(articles.Count, entries.Count);
        foreach (var entry in entries)
        {
            var link = new Uri(entry.Elements(Atom + "link").Single(l => l.Attribute("rel")!.Value == "alternate").Attribute("href")!.Value);
            var article = Assert.Single(articles, a => SiteUrls.Article(language, a.Slug) == link.AbsolutePath);
            Assert.Equal(article.Metadata.Title, entry.Element(Atom + "title")!.Value);
            Assert.Equal(article.Metadata.Summary, entry.Element(Atom + "summary")!.Value);
            Assert.Equal(article.Metadata.Updated, DateOnly.FromDateTime(Rfc3339(entry.Element(Atom + "updated")!.Value).UtcDateTime));
            Assert.True(Uri.TryCreate(entry.Element(Atom + "id")!.Value, UriKind.Absolute, out _));
        }

        Assert.Equal(entries.Count, entries.Select(e => e.Element(Atom + "id")!.Value).Distinct().Count());
    }

    [Fact]
    public async Task IdsAreTheSameOnEveryRequestAndOnEveryHostButDifferBetweenLanguages()
    {
        using var client = site.CreateClient();
        var first = await AtomIds(client, "/en/feed.atom", host: null);
        var again = await AtomIds(client, "/en/feed.atom", host: "other.example");
        var thai = await AtomIds(client, "/th/feed.atom", host: null);
        var rss = XDocument.Parse(await client.GetStringAsync("/en/feed.rss")).Descendants("guid").Select(g => g.Value).ToHashSet();

        Assert.Equal(first, again);
        Assert.Empty(first.Intersect(thai));
        Assert.True(rss.SetEquals(first.Skip(1)));
    }

    [Fact]
    public async Task ItemLinksAreServed()
    {
        using var client = site.CreateClient();
        var rss = XDocument.Parse(await client.GetStringAsync("/th/feed.rss"));

        foreach (var link in rss.Descendants("item").Select(i => i.Element("link")!.Value))
        {
            using var response = await client.GetAsync(link);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Theory]
    [InlineData("/th/feed.rss", "application/rss+xml")]
    [InlineData("/en/feed.atom", "application/atom+xml")]
    [InlineData("/sitemap.xml", "application/xml")]
    [InlineData("/robots.txt", "text/plain")]
    public async Task CrawlersCanCheckWithHead(string path, string mediaType)
    {
        using var client = site.CreateClient();
        using var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType!.MediaType);
    }

    [Theory]
    [InlineData("/xx/feed.rss")]
    [InlineData("/de/feed.atom")]
    public async Task AnUnknownLanguageHasNoFeed(string path)
    {
        using var client = site.CreateClient();
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/th/", "th")]
    [InlineData("/en/articles/what-is-social-credit", "en")]
    [InlineData("/en/timeline", "en")]
    public async Task PagesAdvertiseTheirLanguagesFeeds(string path, string code)
    {
        using var client = site.CreateClient();
        var page = await PageHtml.GetAsync(client, path);

        var rss = page.Head!.QuerySelector("link[rel=alternate][type='application/rss+xml']")!;
        var atom = page.Head.QuerySelector("link[rel=alternate][type='application/atom+xml']")!;
        Assert.Equal($"/{code}/feed.rss", rss.GetAttribute("href"));
        Assert.Equal($"/{code}/feed.atom", atom.GetAttribute("href"));
        Assert.False(string.IsNullOrWhiteSpace(rss.GetAttribute("title")));
    }

    static async Task<List<string>> AtomIds(HttpClient client, string path, string? host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (host is not null)
        {
            request.Headers.Host = host;
        }

        using var response = await client.SendAsync(request);
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
        return [feed.Element(Atom + "id")!.Value, .. feed.Elements(Atom + "entry").Select(e => e.Element(Atom + "id")!.Value)];
    }

    static DateTimeOffset Rfc3339(string text) =>
        DateTimeOffset.ParseExact(text, "yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture);
}
