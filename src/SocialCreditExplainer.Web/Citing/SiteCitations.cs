using SocialCreditExplainer.Content;
using SocialCreditExplainer.Content.Articles;
using SocialCreditExplainer.Content.Citing;
using SocialCreditExplainer.Content.Languages;
using SocialCreditExplainer.Content.Sources;
using SocialCreditExplainer.Web.Site;

namespace SocialCreditExplainer.Web.Citing;

/// <summary>
/// The citation records behind "Cite this page" and the downloads, so the page and the files
/// always agree: an article is cited at its permanent absolute URL as read today (UTC); a source
/// is cited as the work itself, with the day it was read for the catalogue.
/// </summary>
public static class SiteCitations
{
    /// <summary>Scheme and host of the request (<c>https://example.org</c>); empty without a request.</summary>
    public static string Origin(HttpRequest? request) =>
        request is null ? string.Empty : $"{request.Scheme}://{request.Host}";

    /// <summary>Today's date in UTC, the "date accessed" of a page read now.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>The article's permanent absolute URL.</summary>
    public static string ArticleUrl(Article article, string origin) => origin + SiteUrls.Article(article.Language, article.Slug);

    /// <summary>The absolute URL of the source's page in the reader's language.</summary>
    public static string SourceUrl(Source source, SiteLanguage language, string origin) => origin + SiteUrls.Source(language, source.Id);

    public static CitationRecord ForArticle(Article article, string origin, DateOnly accessed) =>
        CitationRecords.ForArticle(article, SiteText.For(article.Language).SiteName, ArticleUrl(article, origin), accessed);

    public static CitationRecord ForSource(Source source, SiteLanguage language, string origin) =>
        CitationRecords.ForSource(source, SourceUrl(source, language, origin));
}
