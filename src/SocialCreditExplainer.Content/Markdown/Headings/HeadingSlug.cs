using System.Globalization;
using System.Text;

namespace SocialCreditExplainer.Content.Markdown.Headings;

/// <summary>
/// Makes an id from heading text. Unlike Markdig's auto-identifiers it keeps every letter,
/// digit and combining mark of any script, so Thai vowel and tone marks (categories Mn and Mc)
/// survive: "ระบบเครดิตสังคมคืออะไร" stays whole. Letters are lower-cased, runs of spaces and
/// hyphens become one '-', and punctuation, symbols and invisible characters are dropped.
/// </summary>
internal static class HeadingSlug
{
    public static string From(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingHyphen = false;
        foreach (var rune in text.Normalize(NormalizationForm.FormC).EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune) || rune.Value == '-')
            {
                pendingHyphen = builder.Length > 0;
                continue;
            }

            if (!IsKept(Rune.GetUnicodeCategory(rune)))
            {
                continue;
            }

            if (pendingHyphen)
            {
                builder.Append('-');
                pendingHyphen = false;
            }

            builder.Append(Rune.ToLowerInvariant(rune).ToString());
        }

        return builder.ToString();
    }

    static bool IsKept(UnicodeCategory category) => category is
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
        or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
        or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
        or UnicodeCategory.DecimalDigitNumber;
}
