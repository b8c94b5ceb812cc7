using Lucene.Net.Search.Similarities;

namespace SocialCreditExplainer.Search.Querying;

/// <summary>
/// BM25 with Lucene's classic coordination factor: a boolean query that asks for it scales a
/// document's score by the share of its clauses the document matched. BM25 alone ignores that
/// share, so two title matches could beat a page holding three of four words; the query
/// factory asks for coordination only when it relaxes a query to some of its words.
/// </summary>
internal sealed class CoordinatedBm25Similarity : BM25Similarity
{
    public override float Coord(int overlap, int maxOverlap) => maxOverlap == 0 ? 1f : (float)overlap / maxOverlap;
}
