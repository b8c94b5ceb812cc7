using System.Text.RegularExpressions;

namespace SocialCreditExplainer.Web.Tests.Sources;

/// <summary>
/// Small readers for the downloaded citation files, so tests check what a reference manager would
/// read rather than compare strings: BibTeX fields by balanced braces, RIS by its tag lines.
/// </summary>
public static partial class CitationFileReaders
{
    /// <summary>The entry type, key and fields of one BibTeX entry, with escapes and protecting braces removed.</summary>
    public static (string Type, string Key, Dictionary<string, string> Fields) ReadBibTex(string text)
    {
        var at = text.IndexOf('@', StringComparison.Ordinal);
        var open = text.IndexOf('{', at);
        var comma = text.IndexOf(',', open);
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var i = comma + 1;
        while (true)
        {
            i = SkipSpace(text, i);
            if (text[i] == '}')
            {
                break;
            }

            var equals = text.IndexOf('=', i);
            var name = text[i..equals].Trim();
            i = SkipSpace(text, equals + 1);
            var (value, end) = Balanced(text, i);
            fields.Add(name, Unescape(value));
            i = SkipSpace(text, end);
            if (text[i] == ',')
            {
                i++;
            }
        }

        Assert.True(text[(i + 1)..].Trim().Length == 0, "Text after the closing brace: the braces are unbalanced.");
        return (text[(at + 1)..open].Trim(), text[(open + 1)..comma].Trim(), fields);
    }

    /// <summary>Every RIS tag and its values, after checking each line has the <c>XX  - value</c> shape.</summary>
    public static Dictionary<string, List<string>> ReadRis(string text)
    {
        var lines = text.Split("\r\n");
        Assert.Equal(string.Empty, lines[^1]);
        Assert.StartsWith("TY  - ", lines[0], StringComparison.Ordinal);
        Assert.Equal("ER  - ", lines[^2]);
        var tags = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var line in lines[..^1])
        {
            var match = RisLine().Match(line);
            Assert.True(match.Success, $"Not a RIS line: '{line}'");
            if (!tags.TryGetValue(match.Groups["tag"].Value, out var values))
            {
                values = [];
                tags[match.Groups["tag"].Value] = values;
            }

            values.Add(match.Groups["value"].Value);
        }

        return tags;
    }

    static string Unescape(string value) =>
        value.Replace("\\{", "\u0001", StringComparison.Ordinal)
            .Replace("\\}", "\u0002", StringComparison.Ordinal)
            .Replace("{", string.Empty, StringComparison.Ordinal)
            .Replace("}", string.Empty, StringComparison.Ordinal)
            .Replace("\u0001", "{", StringComparison.Ordinal)
            .Replace("\u0002", "}", StringComparison.Ordinal)
            .Replace("\\&", "&", StringComparison.Ordinal)
            .Replace("\\%", "%", StringComparison.Ordinal)
            .Replace("\\#", "#", StringComparison.Ordinal)
            .Replace("\\_", "_", StringComparison.Ordinal);

    static (string Value, int End) Balanced(string text, int start)
    {
        Assert.Equal('{', text[start]);
        var depth = 0;
        for (var i = start; i < text.Length; i++)
        {
            if (text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == '{')
            {
                depth++;
            }
            else if (text[i] == '}' && --depth == 0)
            {
                return (text[(start + 1)..i], i + 1);
            }
        }

        throw new FormatException("Unbalanced braces.");
    }

    static int SkipSpace(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    [GeneratedRegex("^(?<tag>[A-Z][A-Z0-9])  - (?<value>.*)$")]
    private static partial Regex RisLine();
}
