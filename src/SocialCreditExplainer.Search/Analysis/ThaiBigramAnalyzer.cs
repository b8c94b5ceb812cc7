using Lucene.Net.Analysis;
using Lucene.Net.Util;

namespace SocialCreditExplainer.Search.Analysis;

/// <summary>Reads Thai text as overlapping character pairs; see <see cref="ThaiBigramTokenizer"/>.</summary>
internal sealed class ThaiBigramAnalyzer(LuceneVersion version) : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
        new(new ThaiBigramTokenizer(version, reader));
}
