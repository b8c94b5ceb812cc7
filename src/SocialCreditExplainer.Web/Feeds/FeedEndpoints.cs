using SocialCreditExplainer.Content.Languages;
using SocialCreditExplainer.Web.Hosting;
using SocialCreditExplainer.Web.Site;

namespace SocialCreditExplainer.Web.Feeds;

/// <summary>
/// Being found and followed: <c>/sitemap.xml</c>, <c>/robots.txt</c>, and per language
/// <c>/{lang}/feed.rss</c> and <c>/{lang}/feed.atom</c>. All are built from the current content
/// snapshot with absolute URLs for the host the request came to. An unknown language is a plain
/// 404, which the status-code page turns into the reader's 404 page.
/// </summary>
public static class FeedEndpoints
{
    const string Utf8 = "; charset=utf-8";

    // Crawlers and feed validators check with HEAD before they fetch; the server sends no body for it.
    static readonly string[] GetOrHead = [HttpMethods.Get, HttpMethods.Head];

    public static IEndpointRouteBuilder MapFeeds(this IEndpointRouteBuilder app)
    {
        app.MapMethods(FeedUrls.Sitemap, GetOrHead, (HttpRequest request, ContentStore store, EndpointDataSource endpoints) =>
            Results.Bytes(
                SitemapWriter.Write(SitemapPages.All(store.Current, new RoutedPages(endpoints).Has), SiteOrigin.Of(request)),
                SitemapWriter.MediaType + Utf8))
            .ExcludeFromDescription();

        app.MapMethods(FeedUrls.Robots, GetOrHead, (HttpRequest request) =>
            Results.Text(RobotsTxt(SiteOrigin.Of(request)), "text/plain" + Utf8))
            .ExcludeFromDescription();

        app.MapMethods("/{lang}/feed.rss", GetOrHead, (string lang, HttpRequest request, ContentStore store) =>
            SiteLanguage.FromCode(lang) is { } language
                ? Results.Bytes(RssFeedWriter.Write(ArticleFeed.For(store.Current, language), SiteOrigin.Of(request)), RssFeedWriter.MediaType + Utf8)
                : Results.NotFound())
            .ExcludeFromDescription();

        app.MapMethods("/{lang}/feed.atom", GetOrHead, (string lang, HttpRequest request, ContentStore store) =>
            SiteLanguage.FromCode(lang) is { } language
                ? Results.Bytes(AtomFeedWriter.Write(ArticleFeed.For(store.Current, language), SiteOrigin.Of(request)), AtomFeedWriter.MediaType + Utf8)
                : Results.NotFound())
            .ExcludeFromDescription();

        return app;
    }

    /// <summary>Everything may be crawled; the sitemap says where everything is.</summary>
    public static string RobotsTxt(string origin) =>
        $"User-agent: *\nAllow: /\n\nSitemap: {origin}{FeedUrls.Sitemap}\n";
}
