using System.Text.RegularExpressions;

namespace SocialCreditExplainer.Web.Packing;

/// <summary>
/// The files a stylesheet loads (<c>url(...)</c> and <c>@import</c>), and rewriting them. Relative
/// references already work once the files sit at the same relative places in the pack; only
/// root-relative ones (<c>/fonts/x.woff2</c>) need rewriting.
/// </summary>
public static partial class CssLinks
{
    /// <summary>The references in a stylesheet, as written (no <c>data:</c> URLs).</summary>
    public static IEnumerable<string> Find(string css) =>
        Reference().Matches(css).Select(Value).Where(v => v.Length > 0 && !v.StartsWith("data:", StringComparison.OrdinalIgnoreCase));

    /// <summary>Rewrites each reference with <paramref name="map"/> (null or the same value keeps it).</summary>
    public static string Rewrite(string css, Func<string, string?> map) =>
        Reference().Replace(css, match =>
        {
            var value = Value(match);
            var mapped = value.Length == 0 ? null : map(value);
            return mapped is null || mapped == value ? match.Value : match.Value.Replace(value, mapped, StringComparison.Ordinal);
        });

    static string Value(Match match) =>
        (match.Groups["url"].Success ? match.Groups["url"] : match.Groups["import"]).Value.Trim().Trim('"', '\'');

    [GeneratedRegex(@"url\(\s*(?<url>""[^""]*""|'[^']*'|[^)'""]*)\s*\)|@import\s+(?<import>""[^""]*""|'[^']*')", RegexOptions.IgnoreCase)]
    private static partial Regex Reference();
}
