using System.Net;
using System.Text.RegularExpressions;

namespace SocialCreditExplainer.Content.Tests.Markdown.Support;

/// <summary>
/// Checks rendered HTML against what the renderer may ever produce: known tags, known
/// attributes, and link targets that cannot run script. Regexes suffice because the HTML comes
/// from our renderer; anything they cannot read as a tag must be escaped text.
/// </summary>
internal static partial class HtmlSafetyOracle
{
    static readonly HashSet<string> Tags =
    [
        "p", "a", "sup", "span", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "em", "strong", "del",
        "code", "pre", "blockquote", "table", "thead", "tbody", "tr", "th", "td", "img", "br", "hr",
    ];

    static readonly HashSet<string> Attributes =
    [
        "id", "class", "href", "src", "alt", "title", "role", "aria-label", "aria-describedby", "lang", "dir", "start",
    ];

    static readonly HashSet<string> Schemes = ["http", "https", "mailto"];

    public static void AssertSafe(string html)
    {
        foreach (Match tag in Tag().Matches(html))
        {
            var name = tag.Groups["name"].Value.TrimStart('/').ToLowerInvariant();
            Assert.True(Tags.Contains(name), $"Unexpected <{name}> in:\n{html}");
            foreach (Match attribute in Attribute().Matches(tag.Groups["attributes"].Value))
            {
                var attributeName = attribute.Groups["name"].Value.ToLowerInvariant();
                Assert.True(Attributes.Contains(attributeName), $"Unexpected attribute {attributeName} in:\n{html}");
                if (attributeName is "href" or "src")
                {
                    AssertSafeUrl(WebUtility.HtmlDecode(attribute.Groups["value"].Value), html);
                }
            }
        }

        var text = Tag().Replace(html, string.Empty);
        Assert.False(text.Contains('<') || text.Contains('>'), $"Unescaped markup left in:\n{html}");
    }

    static void AssertSafeUrl(string url, string html)
    {
        var visible = new string([.. url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c) && c != '\u200B')]);
        var colon = visible.IndexOf(':', StringComparison.Ordinal);
        var boundary = visible.IndexOfAny(['/', '?', '#']);
        if (colon >= 0 && (boundary < 0 || colon < boundary))
        {
            var scheme = visible[..colon].ToLowerInvariant();
            Assert.True(Schemes.Contains(scheme), $"Unsafe URL scheme '{scheme}:' in:\n{html}");
        }
    }

    [GeneratedRegex("""<(?<name>/?[a-zA-Z][a-zA-Z0-9]*)(?<attributes>(?:\s+[^\s=>/]+(?:="[^"]*")?)*)\s*/?>""")]
    private static partial Regex Tag();

    [GeneratedRegex("""(?<name>[^\s=]+)(?:="(?<value>[^"]*)")?""")]
    private static partial Regex Attribute();
}
