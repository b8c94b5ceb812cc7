using System.Text.RegularExpressions;

namespace SocialCreditExplainer.Search;

/// <summary>
/// The names a glossary heading stands for. Headings list alternatives and abbreviations in one
/// line ("Social Credit System (SCS)", "ระบบเครดิตสังคม / ระบบเครดิตทางสังคม"); a reader types
/// just one of them, and each should count as naming the term exactly.
/// </summary>
public static partial class TermNames
{
    /// <summary>
    /// The heading itself, each alternative separated by a slash, each alternative without its
    /// parentheses, and what the parentheses hold: "Sesame (Zhima) Credit" gives "Sesame Credit"
    /// and "Zhima"; "Moral Promotion Center / Center for Morality Promotion (MPC/CMP)" gives both
    /// long names, "MPC" and "CMP".
    /// </summary>
    public static IReadOnlyList<string> Split(string? heading)
    {
        if (string.IsNullOrWhiteSpace(heading))
        {
            return [];
        }

        var names = new List<string> { heading.Trim() };
        foreach (var alternative in AlternativeSeparator().Split(heading))
        {
            var inParentheses = Parenthesised().Matches(alternative).Select(m => m.Groups[1].Value);
            names.Add(Spaces().Replace(Parenthesised().Replace(alternative, " "), " ").Trim());
            names.AddRange(inParentheses.SelectMany(p => p.Split(['/', ',', ';'])).Select(p => p.Trim()));
        }

        return [.. names.Where(n => n.Length > 0).Distinct(StringComparer.Ordinal)];
    }

    // A slash with spaces around it separates alternatives; "MPC/CMP" inside parentheses is handled above.
    [GeneratedRegex(@"\s+/\s+")]
    private static partial Regex AlternativeSeparator();

    [GeneratedRegex(@"[(（]([^)）]*)[)）]")]
    private static partial Regex Parenthesised();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
