namespace SocialCreditExplainer.Search.Indexing;

/// <summary>
/// Collects the tokens the body analyzers emit while one document is being indexed (see
/// <see cref="RecordingFilter"/>). Terms are interned so that a word used in thousands of
/// documents is one string in memory.
/// </summary>
internal sealed class TokenRecorder
{
    // The index writer analyzes a document on the thread that adds it, so the recorder in use
    // is found through a thread-static slot rather than threaded through Lucene's analyzers.
    [ThreadStatic]
    static TokenRecorder? _current;

    readonly Dictionary<string, string> _interned = new(StringComparer.Ordinal);
    readonly List<string> _terms = [];
    readonly List<int> _starts = [];
    readonly List<int> _ends = [];

    /// <summary>The recorder of the document being indexed on this thread, if any.</summary>
    public static TokenRecorder? Current => _current;

    /// <summary>Starts recording on this thread.</summary>
    public void Begin()
    {
        _terms.Clear();
        _starts.Clear();
        _ends.Clear();
        _current = this;
    }

    /// <summary>Stops recording and returns what was recorded since <see cref="Begin"/>.</summary>
    public DocumentTokens End()
    {
        _current = null;
        return _terms.Count == 0 ? DocumentTokens.Empty : new DocumentTokens([.. _terms], [.. _starts], [.. _ends]);
    }

    public void Add(ReadOnlySpan<char> term, int start, int end)
    {
        var lookup = _interned.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(term, out var interned))
        {
            interned = term.ToString();
            _interned.Add(interned, interned);
        }

        _terms.Add(interned);
        _starts.Add(start);
        _ends.Add(end);
    }
}
