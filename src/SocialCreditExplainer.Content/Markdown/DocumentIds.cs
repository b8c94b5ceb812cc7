using System.Globalization;
using System.Text.RegularExpressions;

namespace SocialCreditExplainer.Content.Markdown;

/// <summary>
/// The element ids handed out in one document, so every heading and paragraph id is unique. A
/// taken id gets <c>-2</c>, <c>-3</c>, ... Ids the page and our renderers use for citations
/// (<c>ref-1</c>, <c>cite-ref-1-1</c>, <c>cite-tip-1-1</c>, <c>glossary-tip-1</c>) count as taken.
/// </summary>
internal sealed partial class DocumentIds
{
    readonly HashSet<string> _taken = new(StringComparer.Ordinal);

    /// <summary>Claims <paramref name="wanted"/> or, when it is taken, the first free suffixed form.</summary>
    public string Claim(string wanted)
    {
        if (IsFree(wanted))
        {
            _taken.Add(wanted);
            return wanted;
        }

        for (var suffix = 2; ; suffix++)
        {
            var candidate = wanted + "-" + suffix.ToString(CultureInfo.InvariantCulture);
            if (IsFree(candidate))
            {
                _taken.Add(candidate);
                return candidate;
            }
        }
    }

    bool IsFree(string id) => !_taken.Contains(id) && !ReservedPattern().IsMatch(id);

    [GeneratedRegex(@"^(?:ref-\d+|cite-(?:ref|tip)-\d+-\d+|glossary-tip-\d+)$", RegexOptions.CultureInvariant)]
    private static partial Regex ReservedPattern();
}
