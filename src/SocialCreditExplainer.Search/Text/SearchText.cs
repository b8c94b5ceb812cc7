using System.Globalization;
using System.Text;

namespace SocialCreditExplainer.Search.Text;

/// <summary>
/// Cleans text the same way for documents and for queries, so that two spellings a reader cannot
/// tell apart are indexed and searched as one.
/// </summary>
internal static class SearchText
{
    /// <summary>
    /// Removes what can only break matching: invisible format characters (zero-width space,
    /// joiners, BOM, bidi marks), private-use and unassigned code points, lone surrogates and
    /// noncharacters. Control characters become spaces, except that tab, line feed and carriage
    /// return are kept when <paramref name="keepLineBreaks"/> is true.
    /// Then repairs two common Thai typing forms and composes to NFC.
    /// </summary>
    public static string Clean(string? text, bool keepLineBreaks)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c))
            {
                // A valid pair is kept whole; half a pair is invalid UTF-16 and is dropped.
                if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    var codePoint = char.ConvertToUtf32(c, text[i + 1]);
                    if (!IsNoncharacter(codePoint) && !IsFormatOrPrivate(CharUnicodeInfo.GetUnicodeCategory(codePoint)))
                    {
                        builder.Append(c).Append(text[i + 1]);
                    }

                    i++;
                }

                continue;
            }

            if (char.IsLowSurrogate(c) || IsNoncharacter(c))
            {
                continue;
            }

            if (c is '\t' or '\n' or '\r' or '\u2028' or '\u2029')
            {
                builder.Append(keepLineBreaks ? c : ' ');
                continue;
            }

            var category = char.GetUnicodeCategory(c);
            if (category == UnicodeCategory.Control)
            {
                // A control character between two words most likely stood for a separator.
                builder.Append(' ');
                continue;
            }

            if (IsFormatOrPrivate(category))
            {
                continue;
            }

            builder.Append(c);
        }

        // Typed Thai often spells SARA AM as NIKHAHIT + SARA AA and SARA AE as two SARA E; both
        // look identical on screen but miss the dictionary and every indexed word.
        builder.Replace("\u0E4D\u0E32", "\u0E33").Replace("\u0E40\u0E40", "\u0E41");
        var cleaned = builder.ToString();
        return cleaned.IsNormalized(NormalizationForm.FormC) ? cleaned : cleaned.Normalize(NormalizationForm.FormC);
    }

    /// <summary>Replaces every run of white space with one space and trims both ends.</summary>
    public static string CollapseWhiteSpace(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>
    /// Cuts <paramref name="text"/> to at most <paramref name="maxLength"/> UTF-16 units without
    /// splitting a character or a Thai syllable from its vowel and tone marks, and at a space
    /// when one is near the end so the last word is not cut in half.
    /// </summary>
    public static string Truncate(string text, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return text;
        }

        var cut = 0;
        while (cut < text.Length)
        {
            var next = cut + StringInfo.GetNextTextElementLength(text, cut);
            if (next > maxLength)
            {
                break;
            }

            cut = next;
        }

        var space = text.LastIndexOf(' ', Math.Max(cut - 1, 0));
        if (space > 0 && cut - space < 20)
        {
            cut = space;
        }

        return text[..cut].TrimEnd();
    }

    static bool IsFormatOrPrivate(UnicodeCategory category) =>
        category is UnicodeCategory.Format or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned;

    static bool IsNoncharacter(int codePoint) =>
        codePoint is >= 0xFDD0 and <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE;
}
