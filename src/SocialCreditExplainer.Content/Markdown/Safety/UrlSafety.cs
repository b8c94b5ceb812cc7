using System.Globalization;
using System.Text;

namespace SocialCreditExplainer.Content.Markdown.Safety;

/// <summary>
/// Decides whether a link or image URL may be written. Only the listed schemes pass; anything
/// else with a scheme (<c>javascript:</c>, <c>vbscript:</c>, <c>data:</c>, <c>file:</c>, ...) is refused.
/// </summary>
internal static class UrlSafety
{
    /// <summary>
    /// The scheme that makes <paramref name="url"/> unsafe, or null when it may be written. The URL
    /// is the one Markdig decoded (entities such as <c>&amp;#09;</c> already resolved).
    /// </summary>
    public static string? RefusedScheme(string? url, IReadOnlySet<string> allowedSchemes)
    {
        if (string.IsNullOrEmpty(url))
        {
            return null;
        }

        // Browsers drop tabs and newlines anywhere in a URL and control characters and spaces
        // around it, so "java\tscript:" is javascript:. Drop those and invisible format
        // characters before looking for the scheme.
        var visible = new StringBuilder(url.Length);
        foreach (var c in url)
        {
            if (!char.IsWhiteSpace(c) && !char.IsControl(c) && char.GetUnicodeCategory(c) != UnicodeCategory.Format)
            {
                visible.Append(c);
            }
        }

        // A scheme is whatever comes before a ':' that precedes any '/', '?' or '#'.
        for (var i = 0; i < visible.Length; i++)
        {
            switch (visible[i])
            {
                case '/' or '?' or '#':
                    return null;
                case ':':
                    var scheme = visible.ToString(0, i);
                    return scheme.Length > 0 && allowedSchemes.Contains(scheme) ? null : scheme.ToLowerInvariant() + ":";
            }
        }

        return null;
    }

    /// <summary>The problem message for a refused URL.</summary>
    public static string Describe(string refusedScheme, string? url, bool isImage)
    {
        var shown = url is null ? string.Empty : url.Length > 60 ? url[..60] + "…" : url;
        return isImage
            ? $"Image '{shown}' was dropped: '{refusedScheme}' URLs are not allowed for images (use http or https)."
            : $"Link '{shown}' was dropped, only its text is shown: '{refusedScheme}' URLs are not allowed (use http, https, mailto or a site link).";
    }
}
