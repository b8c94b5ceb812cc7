using System.Net;
using System.Text;
using SocialCreditExplainer.Content;
using SocialCreditExplainer.Content.Dates;
using SocialCreditExplainer.Content.Languages;
using SocialCreditExplainer.Content.Teaching;
using SocialCreditExplainer.Web.Site;

namespace SocialCreditExplainer.Web.Packing;

/// <summary>
/// The pack's own pages: a front page that lets the reader pick a language, and, in place of the
/// pages that need the server (search, the reading-list builder), a page that says so plainly in
/// the reader's language and offers what the pack has instead. Each keeps the site's layout: the
/// crawler fetches the site's page and this replaces what is inside <c>&lt;main&gt;</c>. Links
/// are root-relative like the site's, so the pack rewrites them with all the others.
/// </summary>
public sealed class OfflineNotices(ContentSnapshot snapshot, DateOnly preparedOn)
{
    /// <summary>The pack's front page (the site's <c>/</c> only redirects).</summary>
    public const string RootKey = "/";

    /// <summary>Whether the pack shows its own content for this key.</summary>
    public bool Replaces(string key) => key == RootKey || OnlineOnly(key) is not null;

    /// <summary>The site page whose layout the key's page uses: the Thai home for the front page.</summary>
    public string FetchPathFor(string key) => key == RootKey ? SiteUrls.Home(SiteLanguage.Thai) : key;

    /// <summary>The page as the pack shows it: unchanged unless the pack replaces it.</summary>
    public string Apply(string key, string html)
    {
        if (key == RootKey)
        {
            return Replace(html, FrontPage(), $"{SiteText.Thai.SiteName} · {SiteText.English.SiteName}");
        }

        return OnlineOnly(key) switch
        {
            (var language, "search") => Replace(html, Search(language), $"{PackText.For(language).SearchTitle} – {SiteText.For(language).SiteName}"),
            (var language, "teach") => Replace(html, Teach(language), $"{PackText.For(language).TeachTitle} – {SiteText.For(language).SiteName}"),
            _ => html,
        };
    }

    static (SiteLanguage Language, string Section)? OnlineOnly(string key)
    {
        var segments = key.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments.Length == 2 && SiteLanguage.FromCode(segments[0]) is { } language && SiteCrawler.OnlineOnlySections.Contains(segments[1])
            ? (language, segments[1])
            : null;
    }

    static string Replace(string html, string main, string title) =>
        OfflineHtml.ReplaceTitle(OfflineHtml.ReplaceMain(html, main), title);

    string FrontPage()
    {
        var html = new StringBuilder("<article class=\"offline-notice\">");
        html.Append($"<h1>{E(SiteText.Thai.SiteName)} <span lang=\"en\">· {E(SiteText.English.SiteName)}</span></h1>");
        foreach (var language in SiteLanguage.All)
        {
            var lang = language == SiteLanguage.Thai ? string.Empty : $" lang=\"{language.Code}\"";
            var prepared = HandoutWords(language);
            html.Append($"<p{lang}>{E(PackText.For(language).PackName)} · {E(prepared)} {E(ReaderDateFormatter.Format(preparedOn, language))}</p>");
        }

        html.Append("<ul class=\"offline-languages\">");
        foreach (var language in SiteLanguage.All)
        {
            html.Append($"<li><a href=\"{E(SiteUrls.Home(language))}\" lang=\"{language.Code}\" hreflang=\"{language.Code}\">{E(PackText.For(language).ReadIn)}</a></li>");
        }

        return html.Append("</ul></article>").ToString();
    }

    static string Search(SiteLanguage language)
    {
        var text = PackText.For(language);
        var site = SiteText.For(language);
        return $"""
            <article class="offline-notice">
            <h1>{E(text.SearchTitle)}</h1>
            <p>{E(text.SearchNeedsOnline)}</p>
            <p>{E(text.SearchMeanwhile)}</p>
            <ul>
            <li><a href="{E(SiteUrls.Articles(language))}">{E(site.AllArticles)}</a></li>
            <li><a href="{E(SiteUrls.Timeline(language))}">{E(site.NavTimeline)}</a></li>
            <li><a href="{E(SiteUrls.Compare(language))}">{E(site.NavCompare)}</a></li>
            <li><a href="{E(SiteUrls.Sources(language))}">{E(site.NavSources)}</a></li>
            <li><a href="{E(SiteUrls.Glossary(language))}">{E(site.NavGlossary)}</a></li>
            </ul>
            </article>
            """;
    }

    string Teach(SiteLanguage language)
    {
        var text = PackText.For(language);
        var html = new StringBuilder("<article class=\"offline-notice\">");
        html.Append($"<h1>{E(text.TeachTitle)}</h1><p>{E(text.TeachNeedsOnline)}</p>");
        html.Append($"<h2>{E(text.HandoutsTitle)}</h2><ul>");
        foreach (var article in snapshot.ArticlesIn(language))
        {
            html.Append($"<li><a href=\"{E(TeachingUrls.ArticleHandout(language, article.Slug))}\">{E(article.Metadata.Title)}</a></li>");
        }

        return html.Append("</ul></article>").ToString();
    }

    static string HandoutWords(SiteLanguage language) => Components.Handouts.HandoutText.For(language).PreparedOn;

    static string E(string text) => WebUtility.HtmlEncode(text);
}
