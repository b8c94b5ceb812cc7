using SocialCreditExplainer.Content.Languages;

namespace SocialCreditExplainer.Web.Feeds;

/// <summary>The addresses of the sitemap, robots file and feeds (root-relative).</summary>
public static class FeedUrls
{
    public const string Sitemap = "/sitemap.xml";

    public const string Robots = "/robots.txt";

    public static string Rss(SiteLanguage language) => $"/{language.Code}/feed.rss";

    public static string Atom(SiteLanguage language) => $"/{language.Code}/feed.atom";
}
