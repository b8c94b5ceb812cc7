using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using SocialCreditExplainer.Content;
using SocialCreditExplainer.Web.Site;
using SocialCreditExplainer.Web.Tests.Support;

namespace SocialCreditExplainer.Web.Tests.Journalists;

/// <summary>Fetches a page from the real site and parses it as a browser would (AngleSharp comes with bUnit).</summary>
internal static class PageHtml
{
    public static async Task<IDocument> GetAsync(HttpClient client, string path)
    {
        var html = await client.GetStringAsync(path);
        return new HtmlParser().ParseDocument(html);
    }

    /// <summary>The snapshot the site is serving.</summary>
    public static ContentSnapshot Snapshot(SiteFactory site) => site.Services.GetRequiredService<ContentStore>().Current;
}
