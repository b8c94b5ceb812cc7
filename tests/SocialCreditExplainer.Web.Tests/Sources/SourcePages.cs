using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using SocialCreditExplainer.Content;
using SocialCreditExplainer.Web.Site;
using SocialCreditExplainer.Web.Tests.Support;

namespace SocialCreditExplainer.Web.Tests.Sources;

/// <summary>Fetching and reading the source pages as HTML documents.</summary>
public static class SourcePages
{
    public static ContentSnapshot Snapshot(SiteFactory site) => site.Services.GetRequiredService<ContentStore>().Current;

    /// <summary>The page at <paramref name="path"/>, after checking it answered 200.</summary>
    public static async Task<IDocument> Get(SiteFactory site, string path)
    {
        var (status, page) = await GetWithStatus(site, path);
        Assert.True(status == HttpStatusCode.OK, $"{path} answered {status}");
        return page;
    }

    public static async Task<(HttpStatusCode Status, IDocument Page)> GetWithStatus(SiteFactory site, string path)
    {
        using var client = site.CreateClient();
        using var response = await client.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, new HtmlParser().ParseDocument(html));
    }

    /// <summary>A definition list as label → value text (whitespace collapsed).</summary>
    public static Dictionary<string, string> Fields(IElement list)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var term in list.Children.Where(c => c.LocalName == "dt"))
        {
            fields[Text(term)] = Text(term.NextElementSibling!);
        }

        return fields;
    }

    public static string Text(IElement element) => string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
