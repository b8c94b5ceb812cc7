using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace SocialCreditExplainer.Search.Analysis;

/// <summary>Runs text through an analyzer and collects the tokens.</summary>
internal static class TokenReader
{
    /// <summary>The tokens of <paramref name="text"/>, at most <paramref name="max"/> of them.</summary>
    public static List<AnalyzedToken> Read(Analyzer analyzer, string field, string text, int max = int.MaxValue)
    {
        var tokens = new List<AnalyzedToken>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (tokens.Count < max && stream.IncrementToken())
        {
            // Stop words leave gaps in positions; keeping them lets a phrase query line up with
            // the indexed text exactly as Lucene's own query parser would.
            position += increment.PositionIncrement;
            tokens.Add(new AnalyzedToken(term.ToString(), Math.Max(position, 0), offset.StartOffset, offset.EndOffset));
        }

        stream.End();
        return tokens;
    }
}
