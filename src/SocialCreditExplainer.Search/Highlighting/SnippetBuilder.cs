using System.Globalization;
using System.Text;
using SocialCreditExplainer.Search.Indexing;
using SocialCreditExplainer.Search.Querying;

namespace SocialCreditExplainer.Search.Highlighting;

/// <summary>
/// Cuts about <see cref="Length"/> characters of a body around the place with the most matched
/// terms, HTML-encodes it and wraps each match in <c>&lt;mark&gt;</c>. Matches come from the
/// body tokens recorded at index time, so no text is analyzed again while a reader waits.
/// </summary>
internal static class SnippetBuilder
{
    /// <summary>The target length of a snippet in characters, before encoding.</summary>
    public const int Length = 200;

    // Context kept before the first match, so the snippet reads as a sentence, not a keyword.
    const int LeadContext = 40;

    // How far to move an edge to land on a space instead of inside a word.
    const int SnapDistance = 25;

    // Enough matches to choose a window from; more only cost time.
    const int MaxSpans = 256;

    const string Ellipsis = "…";

    public static string Build(string body, DocumentTokens tokens, QueryTerms terms)
    {
        if (body.Length == 0)
        {
            return string.Empty;
        }

        var spans = FindMatches(body, tokens, terms);
        var (start, end) = ChooseWindow(body, spans);
        return Render(body, spans, start, end);
    }

    static List<MatchSpan> FindMatches(string body, DocumentTokens tokens, QueryTerms terms)
    {
        var spans = new List<MatchSpan>();

        // The recorded tokens hold both the page language's words and the folded Chinese and
        // pinyin, so one pass over them finds every whole-term match.
        var wanted = new HashSet<string>(terms.DistinctWords, StringComparer.Ordinal);
        wanted.UnionWith(terms.DistinctFolded);
        for (var i = 0; i < tokens.Count && spans.Count < MaxSpans; i++)
        {
            if (wanted.Contains(tokens.Term(i)) && tokens.End(i) > tokens.Start(i))
            {
                spans.Add(new MatchSpan(tokens.Start(i), tokens.End(i)));
            }
        }

        // Substrings mostly repeat what the words already marked, so they are only the fallback
        // for a body that matched no whole word. Index and query text are cleaned alike, so the
        // run is found by a plain ordinal search.
        if (spans.Count == 0)
        {
            foreach (var run in terms.ThaiRuns)
            {
                for (var at = body.IndexOf(run.Text, StringComparison.Ordinal); at >= 0 && spans.Count < MaxSpans; at = body.IndexOf(run.Text, at + run.Text.Length, StringComparison.Ordinal))
                {
                    spans.Add(new MatchSpan(at, at + run.Text.Length));
                }
            }
        }

        return Merge(body, spans);
    }

    /// <summary>
    /// Sorts spans and joins those that overlap, touch, or are apart by a single space, so a
    /// matched phrase reads as one mark: <c>&lt;mark&gt;Sesame Credit&lt;/mark&gt;</c>.
    /// </summary>
    static List<MatchSpan> Merge(string body, List<MatchSpan> spans)
    {
        spans.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        var merged = new List<MatchSpan>(spans.Count);
        foreach (var span in spans)
        {
            if (merged.Count > 0 && (span.Start <= merged[^1].End || IsSingleSpace(body, merged[^1].End, span.Start)))
            {
                merged[^1] = merged[^1] with { End = Math.Max(merged[^1].End, span.End) };
            }
            else
            {
                merged.Add(span);
            }
        }

        return merged;
    }

    static bool IsSingleSpace(string body, int start, int end) => end == start + 1 && body[start] == ' ';

    static (int Start, int End) ChooseWindow(string body, List<MatchSpan> spans)
    {
        var start = 0;
        var best = -1;
        for (var i = 0; i < spans.Count; i++)
        {
            // The window that opens a little before span i: count the spans it holds whole.
            var windowStart = Math.Max(0, spans[i].Start - LeadContext);
            var windowEnd = windowStart + Length;
            var count = 0;
            for (var j = i; j < spans.Count && spans[j].End <= windowEnd; j++)
            {
                count++;
            }

            if (count > best)
            {
                best = count;
                start = windowStart;
            }
        }

        if (start + Length > body.Length)
        {
            start = Math.Max(0, body.Length - Length);
        }

        var end = Math.Min(body.Length, start + Length);
        var firstInside = spans.FirstOrDefault(s => s.End > start, new MatchSpan(end, end));
        var lastInside = spans.LastOrDefault(s => s.Start < end, new MatchSpan(start, start));
        return (SnapStart(body, start, Math.Min(firstInside.Start, end)), SnapEnd(body, end, Math.Max(lastInside.End, start)));
    }

    /// <summary>Moves the start to just after a space, or at least onto a whole Thai syllable.</summary>
    static int SnapStart(string body, int start, int limit)
    {
        if (start == 0)
        {
            return 0;
        }

        for (var i = start; i < Math.Min(start + SnapDistance, limit); i++)
        {
            if (char.IsWhiteSpace(body[i - 1]) && !char.IsWhiteSpace(body[i]))
            {
                return i;
            }
        }

        // Never begin on a vowel or tone mark, or on the second half of a surrogate pair.
        while (start < limit && IsContinuation(body[start]))
        {
            start++;
        }

        // A Thai leading vowel (เ แ โ ใ ไ) is written before the consonant it belongs to.
        if (start > 0 && body[start - 1] is >= '\u0E40' and <= '\u0E44')
        {
            start--;
        }

        return start;
    }

    /// <summary>Moves the end back to a space, or at least to the end of a whole Thai syllable.</summary>
    static int SnapEnd(string body, int end, int limit)
    {
        if (end >= body.Length)
        {
            return body.Length;
        }

        for (var i = end; i > Math.Max(end - SnapDistance, limit); i--)
        {
            if (char.IsWhiteSpace(body[i]) && !char.IsWhiteSpace(body[i - 1]))
            {
                return i;
            }
        }

        while (end > limit && IsContinuation(body[end]))
        {
            end--;
        }

        if (end > limit && body[end - 1] is >= '\u0E40' and <= '\u0E44')
        {
            end--;
        }

        return end;
    }

    static bool IsContinuation(char c) =>
        char.IsLowSurrogate(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    static string Render(string body, List<MatchSpan> spans, int start, int end)
    {
        var builder = new StringBuilder(Length * 2);
        if (start > 0)
        {
            builder.Append(Ellipsis);
        }

        var at = start;
        foreach (var span in spans)
        {
            var markStart = Math.Max(span.Start, start);
            var markEnd = Math.Min(span.End, end);
            if (markEnd <= markStart || markStart < at)
            {
                continue;
            }

            HtmlText.AppendEncoded(builder, body, at, markStart);
            builder.Append("<mark>");
            HtmlText.AppendEncoded(builder, body, markStart, markEnd);
            builder.Append("</mark>");
            at = markEnd;
        }

        HtmlText.AppendEncoded(builder, body, at, end);
        if (end < body.Length)
        {
            builder.Append(Ellipsis);
        }

        return builder.ToString().Trim();
    }
}
