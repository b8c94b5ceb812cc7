using System.Net;
using System.Xml.Linq;
using SocialCreditExplainer.Content;
using SocialCreditExplainer.Content.Languages;
using SocialCreditExplainer.Web.Tests.Journalists;
using SocialCreditExplainer.Web.Tests.Support;

namespace SocialCreditExplainer.Web.Tests.Feeds;

/// <summary><c>/sitemap.xml</c> and <c>/robots.txt</c>, read as a crawler reads them.</summary>
public sealed class SitemapTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    [Fact]
    public async Task TheSitemapIsXmlListingEveryPageInBothLanguages()
    {
        var snapshot = PageHtml.Snapshot(site);
        using var client = site.CreateClient();

        using var response = await client.GetAsync("/sitemap.xml");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        var paths = Locs(XDocument.Parse(await response.Content.ReadAsStringAsync())).Select(u => u.AbsolutePath).ToList();
        Assert.Equal(paths.Count, paths.Distinct().Count());
        foreach (var code in new[] { "th", "en" })
        {
            foreach (var page in new[] { "/", "/articles", "/timeline", "/compare", "/sources", "/glossary" })
            {
                Assert.Contains($"/{code}{page}", paths);
            }
        }

        // Search is listed once the site has a search page, and never while it would answer 404.
        using var search = await client.GetAsync("/th/search");
        var hasSearch = search.StatusCode == HttpStatusCode.OK;
        Assert.Equal(hasSearch, paths.Contains("/th/search"));
        Assert.Equal(hasSearch, paths.Contains("/en/search"));

        foreach (var article in snapshot.Articles)
        {
            Assert.Contains(SiteUrls.Article(article.Language, article.Slug), paths);
        }

        foreach (var source in snapshot.Sources)
        {
            Assert.Contains($"/th/sources/{source.Id}", paths);
            Assert.Contains($"/en/sources/{source.Id}", paths);
        }

        Assert.Equal((6 + (hasSearch ? 1 : 0) + snapshot.Sources.Count) * 2 + snapshot.Articles.Count, paths.Count);
    }

    [Fact]
    public async Task EveryUrlIsAbsoluteAndEveryLocIsServed()
    {
        using var client = site.CreateClient();
        var sitemap = XDocument.Parse(await client.GetStringAsync("/sitemap.xml"));

        var locs = Locs(sitemap);
        Assert.All(locs, loc => Assert.Equal(client.BaseAddress!.Authority, loc.Authority));
        Assert.All(sitemap.Descendants(Xhtml + "link"), link => Assert.True(Uri.TryCreate(link.Attribute("href")!.Value, UriKind.Absolute, out _)));
        foreach (var loc in locs)
        {
            using var response = await client.GetAsync(loc);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{loc} answered {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task EachUrlHasAlternatesForBothLanguagesAndADefault()
    {
        var snapshot = PageHtml.Snapshot(site);
        using var client = site.CreateClient();
        var sitemap = XDocument.Parse(await client.GetStringAsync("/sitemap.xml"));

        foreach (var url in sitemap.Root!.Elements(Sitemap + "url"))
        {
            var loc = url.Element(Sitemap + "loc")!.Value;
            var alternates = url.Elements(Xhtml + "link")
                .ToDictionary(l => l.Attribute("hreflang")!.Value, l => l.Attribute("href")!.Value);
            Assert.All(url.Elements(Xhtml + "link"), l => Assert.Equal("alternate", l.Attribute("rel")!.Value));
            Assert.Contains("x-default", alternates.Keys);

            // A page lists itself under its own language, and its translation when there is one.
            var language = SiteLanguage.FromCode(new Uri(loc).AbsolutePath.Split('/')[1])!;
            Assert.Equal(loc, alternates[language.Code]);
            var isUntranslatedArticle = snapshot.Articles.Any(a => SiteUrls.Article(a.Language, a.Slug) == new Uri(loc).AbsolutePath && snapshot.TranslationOf(a) is null);
            Assert.Equal(!isUntranslatedArticle, alternates.ContainsKey(language.Other.Code));
        }
    }

    [Fact]
    public async Task ArticlesTranslationsPointAtEachOther()
    {
        var snapshot = PageHtml.Snapshot(site);
        var thai = snapshot.FindArticleByKey(SiteLanguage.Thai, "what-is-social-credit")!;
        var english = snapshot.FindArticleByKey(SiteLanguage.English, "what-is-social-credit")!;
        using var client = site.CreateClient();
        var sitemap = XDocument.Parse(await client.GetStringAsync("/sitemap.xml"));

        var url = sitemap.Root!.Elements(Sitemap + "url").Single(u => new Uri(u.Element(Sitemap + "loc")!.Value).AbsolutePath == SiteUrls.Article(SiteLanguage.Thai, thai.Slug));
        var english_ = url.Elements(Xhtml + "link").Single(l => l.Attribute("hreflang")!.Value == "en").Attribute("href")!.Value;
        Assert.Equal(SiteUrls.Article(SiteLanguage.English, english.Slug), new Uri(english_).AbsolutePath);
    }

    [Fact]
    public async Task LastModifiedDatesAreTheArticlesUpdatedDatesInTheCommonEra()
    {
        var snapshot = PageHtml.Snapshot(site);
        using var client = site.CreateClient();
        var sitemap = XDocument.Parse(await client.GetStringAsync("/sitemap.xml"));
        var lastmods = sitemap.Root!.Elements(Sitemap + "url").ToDictionary(
            u => new Uri(u.Element(Sitemap + "loc")!.Value).AbsolutePath,
            u => u.Element(Sitemap + "lastmod")?.Value);

        foreach (var article in snapshot.Articles)
        {
            // A Thai page's date is still 2026, never the Buddhist Era's 2569.
            Assert.Equal($"{article.Metadata.Updated:yyyy-MM-dd}", lastmods[SiteUrls.Article(article.Language, article.Slug)]);
        }

        Assert.Equal(
            $"{snapshot.ArticlesIn(SiteLanguage.Thai).Max(a => a.Metadata.Updated):yyyy-MM-dd}",
            lastmods["/th/articles"]);
        Assert.Null(lastmods["/en/timeline"]);
    }

    [Fact]
    public async Task RobotsAllowsEverythingAndPointsToTheSitemap()
    {
        using var client = site.CreateClient();

        using var response = await client.GetAsync("/robots.txt");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n');
        Assert.Contains("User-agent: *", lines);
        Assert.Contains("Allow: /", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("Disallow:", StringComparison.Ordinal) && l.Trim() != "Disallow:");
        var sitemap = lines.Single(l => l.StartsWith("Sitemap: ", StringComparison.Ordinal))["Sitemap: ".Length..];
        Assert.Equal(new Uri(client.BaseAddress!, "/sitemap.xml"), new Uri(sitemap));
        using var fetched = await client.GetAsync(sitemap);
        Assert.Equal(HttpStatusCode.OK, fetched.StatusCode);
    }

    [Fact]
    public async Task UrlsFollowTheHostTheRequestCameTo()
    {
        using var client = site.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/sitemap.xml");
        request.Headers.Host = "explainer.example";

        using var response = await client.SendAsync(request);

        var locs = Locs(XDocument.Parse(await response.Content.ReadAsStringAsync()));
        Assert.All(locs, loc => Assert.Equal("explainer.example", loc.Host));
    }

    static List<Uri> Locs(XDocument sitemap)
    {
        Assert.Equal(Sitemap + "urlset", sitemap.Root!.Name);
        return [.. sitemap.Root.Elements(Sitemap + "url").Select(u =>
        {
            Assert.True(Uri.TryCreate(u.Element(Sitemap + "loc")!.Value, UriKind.Absolute, out var loc), u.ToString());
            return loc;
        })];
    }
}
