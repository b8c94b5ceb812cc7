using System.Globalization;
using ICU4N.Text;

namespace SocialCreditExplainer.Content.Articles;

/// <summary>
/// Counts words with ICU's dictionary-based word breaker, so that Thai, which has no spaces
/// between words, is counted in words rather than in characters or space-separated runs.
/// </summary>
public static class WordCounter
{
    /// <summary>Average silent-reading speed used for reading time, in words a minute.</summary>
    public const int WordsPerMinute = 200;

    static readonly CultureInfo ThaiCulture = CultureInfo.GetCultureInfo("th-TH");

    public static int Count(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return 0;
        }

        // A BreakIterator holds its text, so each call gets its own; counting happens only
        // when a snapshot is built.
        var breaker = BreakIterator.GetWordInstance(ThaiCulture);
        breaker.SetText(text);
        var count = 0;
        var start = breaker.First();
        for (var end = breaker.Next(); end != BreakIterator.Done; start = end, end = breaker.Next())
        {
            if (ContainsLetterOrDigit(text.AsSpan(start, end - start)))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Whole minutes to read, never less than one.</summary>
    public static int ReadingMinutes(int words) => Math.Max(1, (int)Math.Ceiling(words / (double)WordsPerMinute));

    static bool ContainsLetterOrDigit(ReadOnlySpan<char> segment)
    {
        foreach (var c in segment)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }
}
