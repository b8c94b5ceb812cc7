using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace SocialCreditExplainer.Search.Analysis;

/// <summary>
/// Lucene's <see cref="EnglishAnalyzer"/> chain (standard tokenizer, lower case, stop words,
/// Porter stemming) with apostrophes removed and diacritics folded before stemming: English
/// readers type pinyin and names without tone marks or apostrophes, so "hukou" must meet
/// "hùkǒu" and "dangan" must meet "dàng'àn" in running text. Removing apostrophes also does the
/// work of EnglishAnalyzer's possessive filter ("China's" stems to china either way).
/// </summary>
internal sealed class FoldingEnglishAnalyzer(LuceneVersion version) : Analyzer
{
    protected override TextReader InitReader(string fieldName, TextReader reader) => Apostrophes.Remove(reader);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(version, reader);
        TokenStream stream = new StandardFilter(version, source);
        stream = new LowerCaseFilter(version, stream);
        stream = new ASCIIFoldingFilter(stream);
        stream = new StopFilter(version, stream, EnglishAnalyzer.DefaultStopSet);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    }
}
