using Lucene.Net.Analysis;

namespace SocialCreditExplainer.Search.Indexing;

/// <summary>An analyzer as it is, plus a <see cref="RecordingFilter"/> at the end of its chain; for indexing bodies.</summary>
internal sealed class RecordingAnalyzer(Analyzer inner) : AnalyzerWrapper(inner.Strategy)
{
    protected override Analyzer GetWrappedAnalyzer(string fieldName) => inner;

    protected override TokenStreamComponents WrapComponents(string fieldName, TokenStreamComponents components) =>
        new(components.Tokenizer, new RecordingFilter(components.TokenStream));
}
