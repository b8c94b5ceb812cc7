using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using SocialCreditExplainer.Content;
using SocialCreditExplainer.Web.Site;
using SocialCreditExplainer.Web.Tests.Support;

namespace SocialCreditExplainer.Web.Tests.Teach;

/// <summary>Fetches teachers' pages from the real site and parses them as a browser would (AngleSharp comes with bUnit).</summary>
internal static class TeachHtml
{
    public static async Task<(HttpStatusCode Status, IDocument Page)> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, new HtmlParser().ParseDocument(html));
    }

    public static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    /// <summary>The snapshot the site is serving.</summary>
    public static ContentSnapshot Snapshot(SiteFactory site) => site.Services.GetRequiredService<ContentStore>().Current;

    /// <summary>Text with runs of white space made single spaces, as a reader sees it.</summary>
    public static string Text(INode node) => string.Join(' ', node.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
