namespace SocialCreditExplainer.Search.Analysis;

/// <summary>Facts about the Thai block of Unicode that the analyzers and the query reader share.</summary>
internal static class ThaiScript
{
    /// <summary>True for any code point in the Thai block (letters, vowels, tone marks, digits).</summary>
    public static bool IsThai(int codePoint) => codePoint is >= 0x0E00 and <= 0x0E7F;

    /// <summary>True for Thai letters and vowel signs, not Thai digits or punctuation.</summary>
    public static bool IsThaiLetter(char c) => c is >= '\u0E01' and <= '\u0E4E' and not '\u0E3F';
}
