using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace SocialCreditExplainer.Web.Tests.Search;

/// <summary>Reads a search page's results out of its HTML, as a reader's browser would see them.</summary>
internal static class SearchHtml
{
    public static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    /// <summary>The hits in the page's own language, best first.</summary>
    public static IReadOnlyList<IElement> Hits(IParentNode page) =>
        [.. page.QuerySelectorAll(".search > ol.search-hits > li.search-hit")];

    /// <summary>The hits offered in the language the text was typed in.</summary>
    public static IReadOnlyList<IElement> OtherLanguageHits(IParentNode page) =>
        [.. page.QuerySelectorAll(".search-other ol.search-hits > li.search-hit")];

    public static IReadOnlyList<string> Links(IEnumerable<IElement> hits) =>
        [.. hits.Select(h => h.QuerySelector(".search-hit-title a")!.GetAttribute("href")!)];

    public static string Status(IParentNode page) => page.QuerySelector(".search-status")!.TextContent.Trim();

    public static string? Message(IParentNode page) => page.QuerySelector(".search-message")?.TextContent.Trim();
}
