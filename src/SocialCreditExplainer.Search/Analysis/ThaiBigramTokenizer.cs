using Lucene.Net.Analysis.NGram;
using Lucene.Net.Util;

namespace SocialCreditExplainer.Search.Analysis;

/// <summary>
/// Emits every pair of adjacent Thai characters. A dictionary segmenter cuts a word it does not
/// know (a transliterated name, a new coinage) differently in different contexts, so a phrase
/// of these pairs is kept as a plain substring match beside the word match: what Ctrl+F would find.
/// </summary>
internal sealed class ThaiBigramTokenizer(LuceneVersion version, TextReader input)
    : NGramTokenizer(version, input, 2, 2)
{
    /// <summary>Only the Thai block; other scripts have better fields of their own.</summary>
    protected override bool IsTokenChar(int chr) => ThaiScript.IsThai(chr);
}
