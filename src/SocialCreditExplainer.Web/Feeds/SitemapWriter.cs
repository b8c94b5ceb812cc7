using System.Globalization;
using System.Xml;

namespace SocialCreditExplainer.Web.Feeds;

/// <summary>
/// Writes <c>/sitemap.xml</c> (sitemaps.org 0.9): one <c>&lt;url&gt;</c> per language version, each
/// listing every version with <c>xhtml:link rel="alternate" hreflang</c> and the language-choosing
/// root as <c>x-default</c>, the same alternates the pages' own heads give.
/// </summary>
public static class SitemapWriter
{
    public const string MediaType = "application/xml";

    public const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public const string XhtmlNamespace = "http://www.w3.org/1999/xhtml";

    public static byte[] Write(IReadOnlyList<SitemapPage> pages, string origin)
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, FeedXml.Settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", Namespace);
            xml.WriteAttributeString("xmlns", "xhtml", null, XhtmlNamespace);
            foreach (var page in pages)
            {
                foreach (var version in page.Versions)
                {
                    xml.WriteStartElement("url", Namespace);
                    xml.WriteElementString("loc", Namespace, origin + version.Path);
                    if (version.LastModified is { } lastModified)
                    {
                        // W3C datetime, Common Era, whatever the page's language.
                        xml.WriteElementString("lastmod", Namespace, lastModified.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                    }

                    foreach (var alternate in page.Versions)
                    {
                        Alternate(xml, alternate.Language.Code, origin + alternate.Path);
                    }

                    Alternate(xml, "x-default", origin + "/");
                    xml.WriteEndElement();
                }
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return stream.ToArray();
    }

    static void Alternate(XmlWriter xml, string hreflang, string href)
    {
        xml.WriteStartElement("xhtml", "link", XhtmlNamespace);
        xml.WriteAttributeString("rel", "alternate");
        xml.WriteAttributeString("hreflang", hreflang);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }
}
