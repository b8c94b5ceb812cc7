using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace SocialCreditExplainer.Content.Markdown.Citations;

/// <summary>
/// Reads Pandoc-style citation markers: <c>[@id]</c>, <c>[@id, p. 4]</c>, <c>[@a; @b]</c>,
/// <c>[@a, p. 4; @b]</c>. Whitespace (including a line break) may sit around the parts. Anything
/// else starting with '[' is left to Markdig's link parser. A marker is always a citation, even
/// when '(' follows it, so Thai text like <c>ข้อความ[@a](ดู…)</c> never turns into a link.
/// </summary>
public sealed class CitationInlineParser : InlineParser
{
    /// <summary>Creates the parser, triggered by '['.</summary>
    public CitationInlineParser()
    {
        OpeningCharacters = ['['];
    }

    /// <inheritdoc />
    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var start = slice.Start;
        if (!TryRead(slice.Text, start, slice.End, out var references, out var next))
        {
            return false;
        }

        var spanStart = processor.GetSourcePosition(start, out var line, out var column);
        processor.Inline = new CitationInline(references)
        {
            Span = new SourceSpan(spanStart, spanStart + (next - 1 - start)),
            Line = line,
            Column = column,
        };
        slice.Start = next;
        return true;
    }

    /// <summary>Reads a marker starting at <paramref name="start"/> ('['); <paramref name="next"/> is the index after its ']'.</summary>
    internal static bool TryRead(string text, int start, int end, out IReadOnlyList<CitationReference> references, out int next)
    {
        references = [];
        next = start;
        var found = new List<CitationReference>();
        var i = start;
        if (i > end || text[i] != '[')
        {
            return false;
        }

        i++;
        while (true)
        {
            i = SkipWhitespace(text, i, end);
            if (i > end || text[i] != '@')
            {
                return false;
            }

            var idStart = ++i;
            while (i <= end && (IsIdCore(text[i]) || (IsIdJoiner(text[i]) && i < end && IsIdCore(text[i + 1]))))
            {
                i++;
            }

            if (i == idStart)
            {
                return false;
            }

            var id = text[idStart..i];
            i = SkipWhitespace(text, i, end);
            string? locator = null;
            if (i <= end && text[i] == ',')
            {
                var locatorStart = ++i;
                while (i <= end && text[i] is not (';' or ']' or '['))
                {
                    i++;
                }

                if (i > end || text[i] == '[')
                {
                    return false;
                }

                locator = PlainText.Normalize(text[locatorStart..i]);
                if (locator.Length == 0)
                {
                    locator = null;
                }
            }

            found.Add(new CitationReference(id, locator));
            if (i > end)
            {
                return false;
            }

            if (text[i] == ']')
            {
                references = found;
                next = i + 1;
                return true;
            }

            if (text[i] != ';')
            {
                return false;
            }

            i++;
        }
    }

    static int SkipWhitespace(string text, int i, int end)
    {
        while (i <= end && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    // Ids are kebab-case in the catalogue, but any letter, digit or mark is read so that a typo
    // is reported as an unknown id instead of silently staying text.
    static bool IsIdCore(char c) =>
        char.IsLetterOrDigit(c) || c == '_' || char.GetUnicodeCategory(c) is
            System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    static bool IsIdJoiner(char c) => c is '-' or '.' or ':' or '/';
}
