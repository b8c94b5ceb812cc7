namespace SocialCreditExplainer.Search;

/// <summary>
/// One findable place on the site in one language: an article section, a timeline event, a
/// glossary term or a source. The search index is built from these and nothing else, so the
/// search library knows nothing about Markdown or YAML.
/// </summary>
/// <param name="Id">Unique across all documents of both languages, e.g. <c>th:article:what-is-social-credit#no-single-score</c>.</param>
/// <param name="Type">What kind of place this is; searches can be filtered by it.</param>
/// <param name="Language">The language the page is written in.</param>
/// <param name="Title">The heading a result shows, as plain text.</param>
/// <param name="Body">The text to search and to cut snippets from, as plain text (no HTML, no Markdown).</param>
/// <param name="Url">The exact place to go, with its anchor: <c>/th/articles/key#heading-id</c>, <c>/en/timeline#event-id</c>.</param>
public sealed record SearchDocument(
    string Id,
    SearchDocumentType Type,
    SearchLanguage Language,
    string Title,
    string Body,
    string Url)
{
    /// <summary>
    /// Extra exact terms a reader may type that the text itself may not hold: Chinese
    /// (<c>社会信用体系</c>), pinyin with or without tone marks (<c>hùkǒu</c>), the term in the other
    /// language. Matched after folding case, width and diacritics; Chinese is matched by bigrams.
    /// For a <see cref="SearchDocumentType.GlossaryTerm"/> each keyword is also a name of the term.
    /// </summary>
    public IReadOnlyList<string> Keywords { get; init; } = [];

    /// <summary>
    /// Multiplies the document's score: above 1 to prefer it, below 1 to demote it. Must be a
    /// finite number above zero; 1 (the default) leaves ranking to the text.
    /// </summary>
    public float Boost { get; init; } = 1f;
}
