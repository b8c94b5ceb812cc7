using System.Globalization;
using ICU4N.Text;

namespace SocialCreditExplainer.Content.Articles.Provenance;

/// <summary>
/// Shortens a paragraph to a few words that identify it. Thai has no spaces between words, so the
/// cut is made at a word boundary found by ICU's dictionary word breaker, and never inside a
/// character with its vowel and tone marks.
/// </summary>
public static class ClaimExcerpt
{
    /// <summary>The longest excerpt, in UTF-16 code units, before the ellipsis.</summary>
    public const int MaxLength = 120;

    static readonly CultureInfo ThaiCulture = CultureInfo.GetCultureInfo("th-TH");

    /// <summary>The text itself when short enough; otherwise its start cut at a word boundary, with "…".</summary>
    public static string Of(string text, int maxLength = MaxLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 2);
        text = text.Trim();
        if (text.Length <= maxLength)
        {
            return text;
        }

        var cut = WordBoundaryAtOrBefore(text, maxLength);
        if (cut < maxLength / 2)
        {
            // One very long "word" (a URL, a run the dictionary does not know): cut between characters instead.
            cut = TextElementBoundaryAtOrBefore(text, maxLength);
        }

        return text[..cut].TrimEnd().TrimEnd(',', ';', ':', '(', '"', '“') + "…";
    }

    static int WordBoundaryAtOrBefore(string text, int limit)
    {
        // A BreakIterator holds its text, so each call gets its own; excerpts are made per page render.
        var breaker = BreakIterator.GetWordInstance(ThaiCulture);
        breaker.SetText(text);
        var boundary = breaker.Preceding(limit + 1);
        return boundary == BreakIterator.Done ? 0 : boundary;
    }

    static int TextElementBoundaryAtOrBefore(string text, int limit)
    {
        var end = 0;
        while (end < text.Length)
        {
            var next = end + StringInfo.GetNextTextElementLength(text, end);
            if (next > limit)
            {
                break;
            }

            end = next;
        }

        return Math.Max(end, 1);
    }
}
