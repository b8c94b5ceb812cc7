namespace SocialCreditExplainer.Search.Analysis;

/// <summary>
/// A name reduced to one comparable key: its folded tokens (case, width, diacritics and
/// apostrophes gone, English stemmed, Chinese in bigrams) joined by spaces. "Sesame Credit",
/// "sesame credit" and "SESAME  CREDIT!" share a key, as do "hukou" and "hùkǒu".
/// </summary>
internal static class NameKey
{
    // Names are short; a longer text is a sentence, and keying it would only bloat the index.
    const int MaxTokens = 12;

    /// <summary>The key of <paramref name="text"/>, or null when it has no tokens or too many.</summary>
    public static string? For(SearchAnalyzers analyzers, string text)
    {
        var tokens = TokenReader.Read(analyzers.Folding, SearchFields.Keywords, text, MaxTokens + 1);
        return tokens.Count is 0 or > MaxTokens ? null : string.Join(' ', tokens.Select(t => t.Term));
    }
}
