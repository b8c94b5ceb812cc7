using System.Globalization;
using System.Text;
using SocialCreditExplainer.Content.Languages;

namespace SocialCreditExplainer.Content.Glossary;

/// <summary>
/// Puts glossary terms in the order a dictionary in the reader's language would: Thai terms by
/// Thai collation, English terms by English collation, and files each under its letter.
/// </summary>
/// <remarks>
/// Thai is written with the leading vowels เ แ โ ใ ไ before the consonant they follow in speech,
/// and a Thai dictionary files "เครดิต" under ค. ICU's Thai collation (behind
/// <see cref="CompareInfo"/> on Linux and on Windows with ICU) already orders that way, so the
/// order comes from the culture; <see cref="LetterOf"/> has to skip those vowels itself to pick
/// the heading.
/// </remarks>
public static class GlossaryOrdering
{
    // Quotes, brackets, slashes and spaces do not decide the order: "\"Big Rock\"" files with "Big".
    const CompareOptions PrimaryOptions = CompareOptions.IgnoreSymbols;

    /// <summary>The terms sorted by their name in <paramref name="language"/>; ties fall back to the id, so the order is stable.</summary>
    public static IReadOnlyList<GlossaryTerm> Sort(IEnumerable<GlossaryTerm> terms, SiteLanguage language)
    {
        var primary = Comparer(language);
        var exact = StringComparer.Create(language.Culture, CompareOptions.None);
        return
        [
            .. terms
                .OrderBy(t => t.Term[language], primary)
                .ThenBy(t => t.Term[language], exact)
                .ThenBy(t => t.Id, StringComparer.Ordinal),
        ];
    }

    /// <summary>The terms sorted (see <see cref="Sort"/>) and grouped under their letters, letters in order.</summary>
    public static IReadOnlyList<GlossaryLetterGroup> Group(IEnumerable<GlossaryTerm> terms, SiteLanguage language)
    {
        // Sorted terms with the same letter are adjacent, except when collation and the letter rule
        // disagree on an odd character; grouping by first appearance keeps every letter in one place.
        var groups = new List<(string Letter, List<GlossaryTerm> Terms)>();
        foreach (var term in Sort(terms, language))
        {
            var letter = LetterOf(term.Term[language]);
            var index = groups.FindIndex(g => g.Letter == letter);
            if (index < 0)
            {
                groups.Add((letter, [term]));
            }
            else
            {
                groups[index].Terms.Add(term);
            }
        }

        return [.. groups.Select(g => new GlossaryLetterGroup(g.Letter, g.Terms))];
    }

    /// <summary>How terms compare in <paramref name="language"/>, ignoring punctuation and spaces.</summary>
    public static StringComparer Comparer(SiteLanguage language) => StringComparer.Create(language.Culture, PrimaryOptions);

    /// <summary>
    /// The letter a term is filed under: its first letter, skipping punctuation and Thai leading
    /// vowels (<c>เครดิต</c> → <c>ค</c>), with Latin letters capitalised and stripped of accents
    /// (<c>über</c> → <c>U</c>). <c>#</c> when the text has no letter at all.
    /// </summary>
    public static string LetterOf(string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsThaiLeadingVowel(rune) || !Rune.IsLetter(rune))
            {
                continue;
            }

            // "Ü" decomposes to "U" + a combining diaeresis; keep the base letter.
            var baseLetter = rune.ToString().Normalize(NormalizationForm.FormD).EnumerateRunes().First();
            return Rune.ToUpperInvariant(baseLetter).ToString();
        }

        return "#";
    }

    /// <summary>เ แ โ ใ ไ (U+0E40–U+0E44): written first, read after the consonant.</summary>
    static bool IsThaiLeadingVowel(Rune rune) => rune.Value is >= 0x0E40 and <= 0x0E44;
}
