using System.Text.Json;
using AngleSharp.Dom;
using SocialCreditExplainer.Content;
using SocialCreditExplainer.Content.Languages;
using SocialCreditExplainer.Web.Tests.Support;

namespace SocialCreditExplainer.Web.Tests.Journalists;

/// <summary>Open Graph, Twitter card and schema.org Article data on real article pages.</summary>
public sealed class SocialMetaTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Theory]
    [InlineData("en", "en_GB", "th_TH")]
    [InlineData("th", "th_TH", "en_GB")]
    public async Task ArticlePagesCarryOpenGraphAndTwitterTags(string code, string locale, string alternateLocale)
    {
        var language = SiteLanguage.FromCode(code)!;
        var article = PageHtml.Snapshot(site).FindArticle(language, "what-is-social-credit")!;
        using var client = site.CreateClient();

        var page = await PageHtml.GetAsync(client, SiteUrls.Article(language, article.Slug));

        Assert.Equal(article.Metadata.Title, Property(page, "og:title"));
        Assert.Equal(article.Metadata.Summary, Property(page, "og:description"));
        Assert.Equal("article", Property(page, "og:type"));
        var canonical = page.QuerySelector("link[rel=canonical]")!.GetAttribute("href");
        Assert.Equal(canonical, Property(page, "og:url"));
        Assert.True(Uri.TryCreate(Property(page, "og:url"), UriKind.Absolute, out _));
        Assert.Equal(locale, Property(page, "og:locale"));
        Assert.Equal(alternateLocale, Property(page, "og:locale:alternate"));
        Assert.Equal(article.Metadata.Updated.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Property(page, "article:modified_time"));
        Assert.Equal("summary", Name(page, "twitter:card"));
        Assert.Equal(article.Metadata.Title, Name(page, "twitter:title"));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("th")]
    public async Task EachArticleHasOneArticleJsonLdBlockCitingItsSources(string code)
    {
        var language = SiteLanguage.FromCode(code)!;
        var snapshot = PageHtml.Snapshot(site);
        using var client = site.CreateClient();

        foreach (var article in snapshot.ArticlesIn(language))
        {
            var page = await PageHtml.GetAsync(client, SiteUrls.Article(language, article.Slug));

            var block = Assert.Single(page.QuerySelectorAll("script[type='application/ld+json']"));
            Assert.Equal("HEAD", block.ParentElement!.TagName);
            using var json = JsonDocument.Parse(block.TextContent);
            var root = json.RootElement;
            Assert.Equal("https://schema.org", root.GetProperty("@context").GetString());
            Assert.Equal("Article", root.GetProperty("@type").GetString());
            Assert.Equal(article.Metadata.Title, root.GetProperty("headline").GetString());
            Assert.Equal(article.Metadata.Summary, root.GetProperty("description").GetString());
            Assert.Equal(code, root.GetProperty("inLanguage").GetString());
            Assert.Equal(article.Metadata.Updated.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), root.GetProperty("dateModified").GetString());
            Assert.Equal(page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"), root.GetProperty("url").GetString());
            Assert.Equal("Organization", root.GetProperty("publisher").GetProperty("@type").GetString());
            Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("publisher").GetProperty("name").GetString()));
            Assert.Equal("WebSite", root.GetProperty("isPartOf").GetProperty("@type").GetString());

            var citations = root.GetProperty("citation").EnumerateArray().ToList();
            Assert.Equal(article.Body.Citations.Count, citations.Count);
            foreach (var (citation, cited) in citations.Zip(article.Body.Citations))
            {
                var source = snapshot.FindSource(cited.SourceId)!;
                Assert.Equal("CreativeWork", citation.GetProperty("@type").GetString());
                Assert.Equal(source.Title, citation.GetProperty("name").GetString());
                Assert.Equal(source.Publisher, citation.GetProperty("publisher").GetProperty("name").GetString());
                Assert.Equal(source.Url, citation.TryGetProperty("url", out var url) ? url.GetString() : null);
                Assert.Equal(source.Published?.ToIsoString(), citation.TryGetProperty("datePublished", out var published) ? published.GetString() : null);
            }
        }
    }

    [Fact]
    public async Task TheDataBlockIsTheOnlyInlineScriptAndThePolicyStillForbidsInlineScripts()
    {
        using var client = site.CreateClient();
        using var response = await client.GetAsync("/en/articles/what-is-social-credit");
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

        var inline = page.QuerySelectorAll("script:not([src])").ToList();
        Assert.All(inline, s => Assert.Equal("application/ld+json", s.GetAttribute("type")));
        Assert.Contains("script-src 'self';", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    static string? Property(IDocument page, string property) =>
        page.Head!.QuerySelector($"meta[property='{property}']")?.GetAttribute("content");

    static string? Name(IDocument page, string name) =>
        page.Head!.QuerySelector($"meta[name='{name}']")?.GetAttribute("content");
}
