using SocialCreditExplainer.Search.Analysis;

namespace SocialCreditExplainer.Search.Querying;

/// <summary>Guesses which site language a query was typed in, from its script.</summary>
internal static class TypedLanguage
{
    /// <summary>
    /// Thai when the text has any Thai letter (English readers do not type Thai; Thai readers do
    /// type English names and acronyms inside Thai), English when it has Latin letters and no
    /// Thai, and null when it has neither (Chinese alone, digits) and so fits both languages.
    /// </summary>
    public static SearchLanguage? Detect(string text)
    {
        var latin = false;
        foreach (var c in text)
        {
            if (ThaiScript.IsThaiLetter(c))
            {
                return SearchLanguage.Thai;
            }

            latin |= char.IsLetter(c) && (c < '\u0250' || c is >= '\u1E00' and <= '\u1EFF');
        }

        return latin ? SearchLanguage.English : null;
    }
}
