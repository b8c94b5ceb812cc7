using System.Net;
using System.Text.RegularExpressions;

namespace SocialCreditExplainer.Web.Packing;

/// <summary>
/// Turns the site's own rendered pages into pages that work offline. These regular expressions
/// run only over HTML this site rendered (Blazor and the Markdown renderer always write attributes
/// in double quotes and escape text), never over arbitrary HTML; that is what makes them safe here.
/// </summary>
public static partial class OfflineHtml
{
    /// <summary>
    /// Removes what needs the server or would point back at it: the <c>&lt;base&gt;</c> (which would
    /// send relative links to the disk's root), every script (Blazor's and any other; the pack works
    /// without JavaScript), Blazor's markers and saved state, forms (filters and searches need the
    /// server), canonical and alternate links, preloads, and meta tags holding absolute URLs.
    /// </summary>
    public static string Clean(string html)
    {
        html = BaseTag().Replace(html, string.Empty);
        html = Script().Replace(html, string.Empty);
        html = BlazorComment().Replace(html, string.Empty);
        html = Form().Replace(html, string.Empty);
        html = ServerLink().Replace(html, string.Empty);
        return AbsoluteMeta().Replace(html, string.Empty);
    }

    /// <summary>Every <c>href</c> and <c>src</c> value, decoded.</summary>
    public static IEnumerable<string> Links(string html) =>
        LinkAttribute().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups["value"].Value));

    /// <summary>
    /// Rewrites every <c>href</c> and <c>src</c>: <paramref name="map"/> gets the decoded value and
    /// returns the new one, the same one to keep it, or null to drop the attribute (a link to a
    /// page that is not in the pack becomes plain text rather than a broken link).
    /// </summary>
    public static string RewriteLinks(string html, Func<string, string?> map) =>
        LinkAttribute().Replace(html, match =>
        {
            var value = WebUtility.HtmlDecode(match.Groups["value"].Value);
            var mapped = map(value);
            return mapped is null ? string.Empty
                : mapped == value ? match.Value
                : $" {match.Groups["name"].Value}=\"{WebUtility.HtmlEncode(mapped)}\"";
        });

    /// <summary>Replaces what is inside <c>&lt;main&gt;</c>, keeping the layout around it.</summary>
    public static string ReplaceMain(string html, string innerHtml)
    {
        var open = html.IndexOf("<main", StringComparison.Ordinal);
        var openEnd = open < 0 ? -1 : html.IndexOf('>', open);
        var close = html.LastIndexOf("</main>", StringComparison.Ordinal);
        return openEnd < 0 || close < openEnd
            ? html
            : string.Concat(html.AsSpan(0, openEnd + 1), innerHtml, html.AsSpan(close));
    }

    /// <summary>Replaces the page title.</summary>
    public static string ReplaceTitle(string html, string title) =>
        Title().Replace(html, "<title>" + WebUtility.HtmlEncode(title) + "</title>", 1);

    /// <summary>Sets <c>&lt;html lang&gt;</c>.</summary>
    public static string SetLanguage(string html, string code) =>
        HtmlLang().Replace(html, $"<html lang=\"{code}\"", 1);

    [GeneratedRegex(@"\s(?<name>href|src)=""(?<value>[^""]*)""", RegexOptions.IgnoreCase)]
    private static partial Regex LinkAttribute();

    [GeneratedRegex(@"<base\b[^>]*>\s*", RegexOptions.IgnoreCase)]
    private static partial Regex BaseTag();

    [GeneratedRegex(@"<script\b[^>]*>.*?</script>\s*", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Script();

    [GeneratedRegex(@"<!--\s*Blazor.*?-->", RegexOptions.Singleline)]
    private static partial Regex BlazorComment();

    [GeneratedRegex(@"<form\b[^>]*>.*?</form>\s*", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Form();

    [GeneratedRegex(@"<link\b[^>]*\brel=""(?:canonical|alternate|preload|modulepreload|prefetch)""[^>]*>\s*", RegexOptions.IgnoreCase)]
    private static partial Regex ServerLink();

    [GeneratedRegex(@"<meta\b[^>]*\bcontent=""https?://[^""]*""[^>]*>\s*", RegexOptions.IgnoreCase)]
    private static partial Regex AbsoluteMeta();

    [GeneratedRegex(@"<title>.*?</title>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Title();

    [GeneratedRegex(@"<html\s+lang=""[^""]*""", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlLang();
}
