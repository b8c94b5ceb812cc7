using System.Globalization;
using System.Xml.Linq;
using SocialCreditExplainer.Web.Tests.Journalists;
using SocialCreditExplainer.Web.Tests.Support;

namespace SocialCreditExplainer.Web.Tests.Feeds;

/// <summary>An article an author has just updated comes first in its language's feeds, with its new date.</summary>
public sealed class FeedOrderTests : IDisposable
{
    static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    readonly ContentFolderCopy _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task TheMostRecentlyUpdatedArticleComesFirst()
    {
        ContentEdits.SetUpdated(_content.Root, "parliament-debate", "en", new DateOnly(2026, 12, 3));
        ContentEdits.SetUpdated(_content.Root, "myths-and-facts", "en", new DateOnly(2026, 12, 2));
        using var site = SiteFactory.Over(_content.Root);
        using var client = site.CreateClient();

        var rss = XDocument.Parse(await client.GetStringAsync("/en/feed.rss"));
        var atom = XDocument.Parse(await client.GetStringAsync("/en/feed.atom"));
        var thaiRss = XDocument.Parse(await client.GetStringAsync("/th/feed.rss"));

        var items = rss.Descendants("item").ToList();
        Assert.EndsWith("/en/articles/parliament-debate", items[0].Element("link")!.Value, StringComparison.Ordinal);
        Assert.Equal("Thu, 03 Dec 2026 00:00:00 GMT", items[0].Element("pubDate")!.Value);
        Assert.EndsWith("/en/articles/myths-and-facts", items[1].Element("link")!.Value, StringComparison.Ordinal);
        Assert.Equal("Thu, 03 Dec 2026 00:00:00 GMT", rss.Root!.Element("channel")!.Element("lastBuildDate")!.Value);

        var entries = atom.Root!.Elements(Atom + "entry").ToList();
        Assert.Equal("2026-12-03T00:00:00Z", entries[0].Element(Atom + "updated")!.Value);
        Assert.Equal("2026-12-03T00:00:00Z", atom.Root.Element(Atom + "updated")!.Value);

        // The Thai feed is about Thai versions only: their dates did not change.
        Assert.All(thaiRss.Descendants("pubDate"), d => Assert.NotEqual(2026 * 100 + 12, Month(d.Value)));
    }

    static int Month(string rfc822)
    {
        var date = DateTimeOffset.ParseExact(rfc822, "r", CultureInfo.InvariantCulture);
        return date.Year * 100 + date.Month;
    }
}
