using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace SocialCreditExplainer.Search.Indexing;

/// <summary>Passes tokens through unchanged, telling the thread's <see cref="TokenRecorder"/> about each.</summary>
internal sealed class RecordingFilter : TokenFilter
{
    readonly ICharTermAttribute _term;
    readonly IOffsetAttribute _offset;

    public RecordingFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        TokenRecorder.Current?.Add(_term.Buffer.AsSpan(0, _term.Length), _offset.StartOffset, _offset.EndOffset);
        return true;
    }
}
