using SocialCreditExplainer.Content;
using SocialCreditExplainer.Content.Languages;

namespace SocialCreditExplainer.Web.Site;

/// <summary>
/// Works out, from a request path, the page's language and the same page's address in another
/// language (for the switcher, <c>hreflang</c> alternates and canonical links). Article pages may
/// have localised slugs, so they are mapped through the article key.
/// </summary>
public static class PageAddress
{
    /// <summary>The language of a path like <c>/th/articles/x</c>; null when it has none.</summary>
    public static SiteLanguage? LanguageOf(string? path)
    {
        var segments = Segments(path);
        return segments.Length > 0 ? SiteLanguage.FromCode(segments[0]) : null;
    }

    /// <summary>The same page in <paramref name="target"/>, or that language's home when there is no such page.</summary>
    public static string InLanguage(string? path, SiteLanguage target, ContentSnapshot snapshot)
    {
        var segments = Segments(path);
        if (segments.Length == 0 || SiteLanguage.FromCode(segments[0]) is not { } current)
        {
            return SiteUrls.Home(target);
        }

        if (segments.Length == 3 && segments[1] == "articles"
            && (snapshot.FindArticle(current, Uri.UnescapeDataString(segments[2])) ?? snapshot.FindArticleInAnyLanguage(Uri.UnescapeDataString(segments[2]))) is { } article)
        {
            var translated = snapshot.FindArticleByKey(target, article.Key);
            return SiteUrls.Article(target, translated?.Slug ?? article.Key);
        }

        segments[0] = target.Code;
        var trailing = path!.EndsWith('/') ? "/" : string.Empty;
        return "/" + string.Join('/', segments) + trailing;
    }

    /// <summary>
    /// The path the reader asked for. When a 404 is re-executed to the not-found page, this is the
    /// original path, so that page still knows the reader's language.
    /// </summary>
    public static string OriginalPath(HttpContext? http)
    {
        if (http is null)
        {
            return "/";
        }

        var reExecute = http.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>();
        return reExecute?.OriginalPath ?? http.Request.Path.Value ?? "/";
    }

    /// <summary>A path's segments, without its query: <c>/th/articles/x?a=b</c> → <c>th, articles, x</c>.</summary>
    public static string[] Segments(string? path) =>
        (path ?? string.Empty).Split('?', 2)[0].Split('/', StringSplitOptions.RemoveEmptyEntries);
}
