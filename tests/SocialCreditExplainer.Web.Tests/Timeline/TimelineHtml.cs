using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace SocialCreditExplainer.Web.Tests.Timeline;

/// <summary>Reads the timeline's events out of a page's HTML, as a reader's browser would see them.</summary>
internal static class TimelineHtml
{
    public static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    public static IReadOnlyList<IElement> Events(IParentNode page) => [.. page.QuerySelectorAll("ol.timeline-events > li.timeline-event")];

    public static IReadOnlyList<string> EventIds(IParentNode page) => [.. Events(page).Select(e => e.Id!)];

    public static string Status(IParentNode page) => page.QuerySelector(".timeline-status")!.TextContent.Trim();
}
