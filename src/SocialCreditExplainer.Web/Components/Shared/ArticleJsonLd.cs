using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using SocialCreditExplainer.Content;
using SocialCreditExplainer.Content.Articles;
using SocialCreditExplainer.Web.Site;

namespace SocialCreditExplainer.Web.Components.Shared;

/// <summary>
/// schema.org <c>Article</c> structured data for an article page, with its cited sources as
/// <c>citation</c> entries. The JSON goes in a <c>&lt;script type="application/ld+json"&gt;</c> data
/// block: browsers never run it, so the site's <c>script-src 'self'</c> policy does not apply, but
/// the text is escaped so that no content can close the element early.
/// </summary>
public static class ArticleJsonLd
{
    static readonly JsonSerializerOptions Options = new()
    {
        // Thai and Chinese as characters (a data block is not HTML-decoded, so this is safe once
        // "</" and "<!--" are escaped below).
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The JSON-LD object for <paramref name="article"/>, with absolute URLs under <paramref name="origin"/>.</summary>
    public static JsonObject Build(Article article, ContentSnapshot snapshot, string origin)
    {
        var language = article.Language;
        var siteName = SiteText.For(language).SiteName;
        var url = origin + SiteUrls.Article(language, article.Slug);
        var organization = new JsonObject { ["@type"] = "Organization", ["name"] = siteName, ["url"] = origin + "/" };
        var json = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Article",
            ["headline"] = article.Metadata.Title,
            ["description"] = article.Metadata.Summary,
            ["inLanguage"] = language.Code,
            ["dateModified"] = Iso(article.Metadata.Updated),
            ["url"] = url,
            ["mainEntityOfPage"] = url,
            ["author"] = organization.DeepClone(),
            ["publisher"] = organization,
            ["isPartOf"] = new JsonObject
            {
                ["@type"] = "WebSite",
                ["name"] = siteName,
                ["url"] = origin + SiteUrls.Home(language),
                ["inLanguage"] = language.Code,
            },
        };
        if (article.Metadata.Tags.Count > 0)
        {
            json["keywords"] = string.Join(", ", article.Metadata.Tags);
        }

        json["citation"] = new JsonArray([.. article.Body.Citations
            .Select(cited => snapshot.FindSource(cited.SourceId))
            .OfType<Content.Sources.Source>()
            .Select(source => (JsonNode)Citation(source, article, origin))]);
        return json;
    }

    /// <summary>The JSON text, escaped for an HTML data block.</summary>
    public static string Json(Article article, ContentSnapshot snapshot, string origin) =>
        EscapeForScriptElement(Build(article, snapshot, origin).ToJsonString(Options));

    /// <summary>The whole <c>&lt;script type="application/ld+json"&gt;</c> element, ready to write as markup.</summary>
    public static string Script(Article article, ContentSnapshot snapshot, string origin) =>
        "<script type=\"application/ld+json\">" + Json(article, snapshot, origin) + "</script>";

    /// <summary>
    /// Inside a script element the HTML parser ends the element at <c>&lt;/script</c> and changes
    /// state at <c>&lt;!--</c>, whatever JSON thinks. Both can only occur inside JSON strings, where
    /// <c>\/</c> and <c>\u003C</c> are the same characters to a JSON reader.
    /// </summary>
    internal static string EscapeForScriptElement(string json) =>
        json.Replace("</", "<\\/", StringComparison.Ordinal).Replace("<!--", "\\u003C!--", StringComparison.Ordinal);

    static JsonObject Citation(Content.Sources.Source source, Article article, string origin)
    {
        var citation = new JsonObject
        {
            ["@type"] = "CreativeWork",
            ["@id"] = origin + SiteUrls.Source(article.Language, source.Id),
            ["name"] = source.Title,
            ["inLanguage"] = source.Language,
            ["publisher"] = new JsonObject { ["@type"] = "Organization", ["name"] = source.Publisher },
        };
        var shown = source.DisplayTitle(article.Language);
        if (!string.Equals(shown, source.Title, StringComparison.Ordinal))
        {
            citation["alternateName"] = shown;
        }

        if (source.Url is not null)
        {
            citation["url"] = source.Url;
        }

        if (source.Published is not null)
        {
            // ISO 8601 in the Common Era, only as precise as the date is known ("2018", "2018-06").
            citation["datePublished"] = source.Published.ToIsoString();
        }

        return citation;
    }

    static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
