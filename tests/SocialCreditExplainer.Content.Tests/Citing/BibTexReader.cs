namespace SocialCreditExplainer.Content.Tests.Citing;

/// <summary>
/// Reads one BibTeX entry back the way BibTeX does: <c>@type{key, name = {value}, ...}</c>, with
/// values delimited by balanced braces. An unbalanced brace makes it throw, as it would break BibTeX.
/// </summary>
public sealed record BibTexEntry(string Type, string Key, IReadOnlyDictionary<string, string> Fields)
{
    public static BibTexEntry Parse(string text)
    {
        var at = text.IndexOf('@', StringComparison.Ordinal);
        var open = text.IndexOf('{', at);
        var type = text[(at + 1)..open].Trim();
        var comma = text.IndexOf(',', open);
        var key = text[(open + 1)..comma].Trim();
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
            if (text[i] != '{')
            {
                throw new FormatException($"Field '{name}' is not brace-delimited.");
            }

            var (value, end) = Balanced(text, i);
            fields.Add(name, value);
            i = SkipSpace(text, end);
            if (text[i] == ',')
            {
                i++;
            }
        }

        if (text[(i + 1)..].Trim().Length > 0)
        {
            throw new FormatException("Text after the end of the entry: unbalanced braces.");
        }

        return new BibTexEntry(type, key, fields);
    }

    /// <summary>A value with BibTeX's escapes undone and its protecting braces removed, as a reader sees it.</summary>
    public string Plain(string field) =>
        Fields[field]
            .Replace("\\textbackslash{}", "\\", StringComparison.Ordinal)
            .Replace("\\textasciitilde{}", "~", StringComparison.Ordinal)
            .Replace("\\textasciicircum{}", "^", StringComparison.Ordinal)
            .Replace("\\{", "\u0001", StringComparison.Ordinal)
            .Replace("\\}", "\u0002", StringComparison.Ordinal)
            .Replace("{", string.Empty, StringComparison.Ordinal)
            .Replace("}", string.Empty, StringComparison.Ordinal)
            .Replace("\u0001", "{", StringComparison.Ordinal)
            .Replace("\u0002", "}", StringComparison.Ordinal)
            .Replace("\\&", "&", StringComparison.Ordinal)
            .Replace("\\%", "%", StringComparison.Ordinal)
            .Replace("\\$", "$", StringComparison.Ordinal)
            .Replace("\\#", "#", StringComparison.Ordinal)
            .Replace("\\_", "_", StringComparison.Ordinal);

    // The text inside the braces starting at 'start', and the index after the closing brace.
    static (string Value, int End) Balanced(string text, int start)
    {
        var depth = 0;
        for (var i = start; i < text.Length; i++)
        {
            if (text[i] == '\\')
            {
                i++;
                continue;
            }

            if (text[i] == '{')
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
}
