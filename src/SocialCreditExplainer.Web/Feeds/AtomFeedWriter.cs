using System.Globalization;
using System.Xml;
using SocialCreditExplainer.Content;
using SocialCreditExplainer.Web.Site;

namespace SocialCreditExplainer.Web.Feeds;

/// <summary>Writes an Atom 1.0 feed (RFC 4287, <c>/{lang}/feed.atom</c>) with <see cref="XmlWriter"/>.</summary>
public static class AtomFeedWriter
{
    public const string MediaType = "application/atom+xml";

    public const string Namespace = "http://www.w3.org/2005/Atom";

    public static byte[] Write(ArticleFeed feed, string origin)
    {
        var language = feed.Language;
        var site = SiteText.For(language);
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, FeedXml.Settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", Namespace);
            xml.WriteAttributeString("xml", "lang", null, language.Code);
            xml.WriteElementString("title", Namespace, FeedText.For(language).FeedTitle);
            xml.WriteElementString("subtitle", Namespace, site.Tagline);
            xml.WriteElementString("id", Namespace, FeedIds.Feed(language));
            xml.WriteElementString("updated", Namespace, Rfc3339(feed.Updated));
            Link(xml, "self", MediaType, origin + FeedUrls.Atom(language));
            Link(xml, "alternate", "text/html", origin + SiteUrls.Articles(language));
            xml.WriteStartElement("author", Namespace);
            xml.WriteElementString("name", Namespace, site.SiteName);
            xml.WriteElementString("uri", Namespace, origin + SiteUrls.Home(language));
            xml.WriteEndElement();
            xml.WriteElementString("rights", Namespace, site.Licence);

            foreach (var article in feed.Articles)
            {
                xml.WriteStartElement("entry", Namespace);
                xml.WriteElementString("title", Namespace, article.Metadata.Title);
                xml.WriteElementString("id", Namespace, FeedIds.Entry(article));
                xml.WriteElementString("updated", Namespace, Rfc3339(ArticleFeed.Timestamp(article.Metadata.Updated)));
                Link(xml, "alternate", "text/html", origin + SiteUrls.Article(language, article.Slug));
                xml.WriteElementString("summary", Namespace, article.Metadata.Summary);
                foreach (var tag in article.Metadata.Tags)
                {
                    xml.WriteStartElement("category", Namespace);
                    xml.WriteAttributeString("term", tag);
                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return stream.ToArray();
    }

    /// <summary>RFC 3339 in UTC: <c>2026-11-26T00:00:00Z</c>.</summary>
    public static string Rfc3339(DateTimeOffset instant) =>
        instant.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    static void Link(XmlWriter xml, string rel, string type, string href)
    {
        xml.WriteStartElement("link", Namespace);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }
}
