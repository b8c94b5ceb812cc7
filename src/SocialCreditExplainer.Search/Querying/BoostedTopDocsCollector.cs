using Lucene.Net.Index;
using Lucene.Net.Search;

namespace SocialCreditExplainer.Search.Querying;

/// <summary>
/// Keeps the best <c>limit</c> documents after multiplying each text score by its document's
/// <see cref="SearchDocument.Boost"/>. Applying the boost while collecting, not after taking the
/// top hits, means a boosted document can climb into the results from anywhere.
/// </summary>
internal sealed class BoostedTopDocsCollector(int limit, float[] boosts) : ICollector
{
    // Min-heap on (score, then later doc id): the root is the worst hit kept so far.
    readonly PriorityQueue<int, (float Score, int NegativeDoc)> _heap = new(limit + 1);
    Scorer? _scorer;
    int _docBase;

    /// <summary>How many documents matched, kept or not.</summary>
    public int TotalHits { get; private set; }

    /// <summary>Lucene may hand documents in any order; ties are broken by doc id below.</summary>
    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context) => _docBase = context.DocBase;

    public void Collect(int doc)
    {
        TotalHits++;
        var globalDoc = _docBase + doc;
        var score = _scorer!.GetScore() * boosts[globalDoc];
        var priority = (score, -globalDoc);
        if (_heap.Count < limit)
        {
            _heap.Enqueue(globalDoc, priority);
        }
        else if (_heap.TryPeek(out _, out var worst) && priority.CompareTo(worst) > 0)
        {
            _heap.DequeueEnqueue(globalDoc, priority);
        }
    }

    /// <summary>The kept documents, best first; equal scores in index order.</summary>
    public List<ScoredDocument> TopDocuments()
    {
        var result = new List<ScoredDocument>(_heap.Count);
        foreach (var (doc, priority) in _heap.UnorderedItems)
        {
            result.Add(new ScoredDocument(doc, priority.Score));
        }

        result.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.DocId.CompareTo(b.DocId));
        return result;
    }
}
