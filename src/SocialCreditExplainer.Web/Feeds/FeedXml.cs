using System.Text;
using System.Xml;

namespace SocialCreditExplainer.Web.Feeds;

/// <summary>How the sitemap and feeds are written: UTF-8 without a byte-order mark, indented for people reading them.</summary>
internal static class FeedXml
{
    public static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "  ",
    };
}
