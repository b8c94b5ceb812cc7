using SocialCreditExplainer.Search.Analysis;

namespace SocialCreditExplainer.Search.Querying;

/// <summary>
/// A query's text read every way the index was built: as words of the page language, as folded
/// exact terms, and as Thai substrings. Each list is what the same analyzer produced at index
/// time, so the query never depends on how a reader happened to type punctuation or operators.
/// </summary>
internal sealed class QueryTerms
{
    // A Thai run longer than this is a phrase or a pasted sentence, not a word the segmenter
    // might cut wrongly: its words already match, and a phrase of that many character pairs
    // (each with a long postings list) would only cost time.
    const int MaxSubstringLength = 24;
    const int MaxThaiRuns = 8;

    QueryTerms(
        IReadOnlyList<AnalyzedToken> words,
        IReadOnlyList<AnalyzedToken> folded,
        IReadOnlyList<ThaiRun> thaiRuns,
        string? exactName,
        bool tooMany)
    {
        ExactName = exactName;
        Words = words;
        Folded = folded;
        ThaiRuns = thaiRuns;
        TooManyTerms = tooMany;
        DistinctWords = [.. words.Select(t => t.Term).Distinct(StringComparer.Ordinal)];
        DistinctFolded = [.. folded.Select(t => t.Term).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Tokens from the page language's analyzer, for the title and body fields.</summary>
    public IReadOnlyList<AnalyzedToken> Words { get; }

    /// <summary>Tokens from the folding analyzer, for keywords and folded body.</summary>
    public IReadOnlyList<AnalyzedToken> Folded { get; }

    /// <summary>Each run of Thai characters in the query, in order, for substring matching.</summary>
    public IReadOnlyList<ThaiRun> ThaiRuns { get; }

    /// <summary>The whole query as a <see cref="NameKey"/>, to find a document named exactly that.</summary>
    public string? ExactName { get; }

    public IReadOnlyList<string> DistinctWords { get; }

    public IReadOnlyList<string> DistinctFolded { get; }

    /// <summary>True when words past <see cref="QueryLimits.MaxTerms"/> were left out.</summary>
    public bool TooManyTerms { get; }

    /// <summary>True when no way of reading the text found anything to search for.</summary>
    public bool IsEmpty => Words.Count == 0 && Folded.Count == 0 && ThaiRuns.Count == 0;

    /// <summary>True when asking for fewer than all the terms could find more.</summary>
    public bool CanRelax => DistinctWords.Count > 1 || DistinctFolded.Count > 1 || ThaiRuns.Count > 1;

    public static QueryTerms Analyze(SearchAnalyzers analyzers, SearchLanguage language, string text)
    {
        var words = TokenReader.Read(analyzers.ForLanguage(language), SearchFields.Body(language), text, QueryLimits.MaxTerms + 1);
        var folded = TokenReader.Read(analyzers.Folding, SearchFields.Keywords, text, QueryLimits.MaxTerms + 1);
        var tooMany = words.Count > QueryLimits.MaxTerms || folded.Count > QueryLimits.MaxTerms;
        if (words.Count > QueryLimits.MaxTerms)
        {
            words.RemoveRange(QueryLimits.MaxTerms, words.Count - QueryLimits.MaxTerms);
        }

        if (folded.Count > QueryLimits.MaxTerms)
        {
            folded.RemoveRange(QueryLimits.MaxTerms, folded.Count - QueryLimits.MaxTerms);
        }

        var runs = new List<ThaiRun>();
        foreach (var run in ThaiLetterRuns(text))
        {
            if (runs.Count == MaxThaiRuns)
            {
                tooMany = true;
                break;
            }

            if (run.Length is >= 2 and <= MaxSubstringLength)
            {
                runs.Add(new ThaiRun(run, TokenReader.Read(analyzers.ThaiBigrams, SearchFields.BodyThaiBigrams, run)));
            }
        }

        return new QueryTerms(words, folded, runs, NameKey.For(analyzers, text), tooMany);
    }

    static IEnumerable<string> ThaiLetterRuns(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inRun = i < text.Length && ThaiScript.IsThai(text[i]);
            if (inRun && start < 0)
            {
                start = i;
            }
            else if (!inRun && start >= 0)
            {
                yield return text[start..i];
                start = -1;
            }
        }
    }
}
