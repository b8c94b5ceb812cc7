using System.Globalization;
using System.Xml;
using SocialCreditExplainer.Content;
using SocialCreditExplainer.Web.Site;

namespace SocialCreditExplainer.Web.Feeds;

/// <summary>
/// Writes an RSS 2.0 feed (<c>/{lang}/feed.rss</c>). System.ServiceModel.Syndication is not in the
/// shared framework, and the format is small enough to write with <see cref="XmlWriter"/>.
/// </summary>
public static class RssFeedWriter
{
    public const string MediaType = "application/rss+xml";

    const string AtomNamespace = "http://www.w3.org/2005/Atom";

    public static byte[] Write(ArticleFeed feed, string origin)
    {
        var language = feed.Language;
        var site = SiteText.For(language);
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, FeedXml.Settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("rss");
            xml.WriteAttributeString("version", "2.0");
            xml.WriteAttributeString("xmlns", "atom", null, AtomNamespace);
            xml.WriteStartElement("channel");
            xml.WriteElementString("title", FeedText.For(language).FeedTitle);
            xml.WriteElementString("link", origin + SiteUrls.Articles(language));
            xml.WriteElementString("description", site.Tagline);
            xml.WriteElementString("language", language.Culture.Name);
            xml.WriteElementString("copyright", site.Licence);
            xml.WriteElementString("lastBuildDate", Rfc822(feed.Updated));
            xml.WriteStartElement("atom", "link", AtomNamespace);
            xml.WriteAttributeString("href", origin + FeedUrls.Rss(language));
            xml.WriteAttributeString("rel", "self");
            xml.WriteAttributeString("type", MediaType);
            xml.WriteEndElement();

            foreach (var article in feed.Articles)
            {
                xml.WriteStartElement("item");
                xml.WriteElementString("title", article.Metadata.Title);
                xml.WriteElementString("link", origin + SiteUrls.Article(language, article.Slug));
                xml.WriteElementString("description", article.Metadata.Summary);
                xml.WriteStartElement("guid");
                xml.WriteAttributeString("isPermaLink", "false");
                xml.WriteString(FeedIds.Entry(article));
                xml.WriteEndElement();
                xml.WriteElementString("pubDate", Rfc822(ArticleFeed.Timestamp(article.Metadata.Updated)));
                foreach (var tag in article.Metadata.Tags)
                {
                    xml.WriteElementString("category", tag);
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return stream.ToArray();
    }

    /// <summary>RFC 822 (as RSS 2.0 uses it), in English whatever the feed's language: <c>Thu, 26 Nov 2026 00:00:00 GMT</c>.</summary>
    public static string Rfc822(DateTimeOffset instant) =>
        instant.ToUniversalTime().ToString("r", CultureInfo.InvariantCulture);
}
