using SocialCreditExplainer.Content;
using SocialCreditExplainer.Content.Languages;

namespace SocialCreditExplainer.Web.Feeds;

/// <summary>
/// Every page a search engine should know, in both languages: home, the article list, each
/// article, the timeline, the comparison, the source list and each source, the glossary and
/// search. Dates come only from the content (an article's <c>updated</c>); pages whose change date
/// the content does not record get none rather than a guess. A section page is listed only when the
/// site has a route for it (<c>hasRoute</c> is asked about templates like <c>/{lang}/search</c>).
/// </summary>
public static class SitemapPages
{
    public static IReadOnlyList<SitemapPage> All(ContentSnapshot snapshot, Func<string, bool> hasRoute)
    {
        var newest = SiteLanguage.All.ToDictionary(
            l => l,
            l => snapshot.ArticlesIn(l).Select(a => (DateOnly?)a.Metadata.Updated).Max());

        var pages = new List<SitemapPage>();
        AddSection(pages, hasRoute, "/{lang}", SiteUrls.Home, l => newest[l]);
        AddSection(pages, hasRoute, "/{lang}/articles", SiteUrls.Articles, l => newest[l]);

        // An article is one page in each language it is written in; the key links the versions.
        foreach (var key in snapshot.Articles.Select(a => a.Key).Distinct(StringComparer.Ordinal))
        {
            pages.Add(new SitemapPage([.. SiteLanguage.All
                .Select(l => snapshot.FindArticleByKey(l, key))
                .OfType<Content.Articles.Article>()
                .Select(a => new SitemapPageVersion(a.Language, SiteUrls.Article(a.Language, a.Slug), a.Metadata.Updated))]));
        }

        AddSection(pages, hasRoute, "/{lang}/timeline", SiteUrls.Timeline);
        AddSection(pages, hasRoute, "/{lang}/compare", SiteUrls.Compare);
        AddSection(pages, hasRoute, "/{lang}/sources", SiteUrls.Sources);
        pages.AddRange(snapshot.Sources.Select(s => Everywhere(l => SiteUrls.Source(l, s.Id))));
        AddSection(pages, hasRoute, "/{lang}/glossary", SiteUrls.Glossary);
        AddSection(pages, hasRoute, "/{lang}/search", SiteUrls.Search);
        return pages;
    }

    static void AddSection(
        List<SitemapPage> pages,
        Func<string, bool> hasRoute,
        string template,
        Func<SiteLanguage, string> path,
        Func<SiteLanguage, DateOnly?>? lastModified = null)
    {
        if (hasRoute(template))
        {
            pages.Add(Everywhere(path, lastModified));
        }
    }

    static SitemapPage Everywhere(Func<SiteLanguage, string> path, Func<SiteLanguage, DateOnly?>? lastModified = null) =>
        new([.. SiteLanguage.All.Select(l => new SitemapPageVersion(l, path(l), lastModified?.Invoke(l)))]);
}
