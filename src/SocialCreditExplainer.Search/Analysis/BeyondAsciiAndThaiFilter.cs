using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace SocialCreditExplainer.Search.Analysis;

/// <summary>
/// Keeps only tokens with a character that is neither ASCII nor Thai: Chinese characters, pinyin
/// with tone marks, other accented letters. Plain English and Thai words are already indexed by
/// the page language's analyzer; folding every one of them again would double the work of
/// indexing a body for nothing.
/// </summary>
internal sealed class BeyondAsciiAndThaiFilter : FilteringTokenFilter
{
    readonly ICharTermAttribute _term;

    public BeyondAsciiAndThaiFilter(LuceneVersion version, TokenStream input)
        : base(version, input)
    {
        _term = AddAttribute<ICharTermAttribute>();
    }

    protected override bool Accept()
    {
        var buffer = _term.Buffer;
        for (var i = 0; i < _term.Length; i++)
        {
            if (buffer[i] > '\u007F' && !ThaiScript.IsThai(buffer[i]))
            {
                return true;
            }
        }

        return false;
    }
}
