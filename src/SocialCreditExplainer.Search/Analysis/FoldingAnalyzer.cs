using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace SocialCreditExplainer.Search.Analysis;

/// <summary>
/// The analyzer for exact terms in any script: Chinese in overlapping bigrams (so 社会信用 finds
/// 社会信用体系), full-width forms narrowed, pinyin and Latin folded to plain lower-case ASCII (so
/// hukou, HUKOU and hùkǒu are one word), apostrophes dropped (so dang'an, dàng’àn and dangan are
/// one word), and Thai left exactly as written.
/// </summary>
/// <param name="version">The Lucene version the components follow.</param>
/// <param name="onlyBeyondAsciiAndThai">
/// True for running text at index time: keep only what the page-language analyzers cannot read
/// (see <see cref="BeyondAsciiAndThaiFilter"/>). Queries always use the full analyzer.
/// </param>
internal sealed class FoldingAnalyzer(LuceneVersion version, bool onlyBeyondAsciiAndThai = false) : Analyzer
{
    protected override TextReader InitReader(string fieldName, TextReader reader) => Apostrophes.Remove(reader);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(version, reader);
        TokenStream stream = new CJKWidthFilter(source);
        if (onlyBeyondAsciiAndThai)
        {
            stream = new BeyondAsciiAndThaiFilter(version, stream);
        }

        // Case and Latin diacritics: hùkǒu becomes hukou. Not ICUFoldingFilter: its accent
        // removal also strips Thai vowel and tone marks (ป่า, ปา and ป้า would become one word).
        stream = new LowerCaseFilter(version, stream);
        stream = new ASCIIFoldingFilter(stream);
        stream = new CJKBigramFilter(stream);
        // English words reach this field too (the other language's term as a keyword), so
        // stop words and stems match what the English field does; pinyin passes through.
        stream = new StopFilter(version, stream, EnglishAnalyzer.DefaultStopSet);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    }
}
