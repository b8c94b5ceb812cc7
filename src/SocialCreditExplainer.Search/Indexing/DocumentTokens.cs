namespace SocialCreditExplainer.Search.Indexing;

/// <summary>
/// The body tokens of one document as they were indexed: each term (shared string instances
/// across documents) with its place in the body. Snippets are cut from these, so a hit costs a
/// scan of one small array instead of reading term vectors or running the segmenter again.
/// </summary>
internal sealed class DocumentTokens(string[] terms, int[] starts, int[] ends)
{
    public static DocumentTokens Empty { get; } = new([], [], []);

    public int Count => terms.Length;

    public string Term(int index) => terms[index];

    public int Start(int index) => starts[index];

    public int End(int index) => ends[index];
}
