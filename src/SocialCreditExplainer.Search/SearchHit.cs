namespace SocialCreditExplainer.Search;

/// <summary>One matching place, ready to show in a result list.</summary>
/// <param name="DocumentId">The <see cref="SearchDocument.Id"/> that matched.</param>
/// <param name="Type">What kind of place it is.</param>
/// <param name="Language">The language of the matched page.</param>
/// <param name="Title">The document's title, as plain text (encode it when rendering).</param>
/// <param name="Url">Where the result links to, with its anchor.</param>
/// <param name="Snippet">
/// About 200 characters of the body around the best match, already HTML-encoded, with the
/// matched words wrapped in <c>&lt;mark&gt;…&lt;/mark&gt;</c>. Safe to render as markup as it is;
/// it holds no other tags. An ellipsis (…) marks text cut at either end.
/// </param>
/// <param name="Score">Relevance; only meaningful to compare hits of the same search.</param>
public sealed record SearchHit(
    string DocumentId,
    SearchDocumentType Type,
    SearchLanguage Language,
    string Title,
    string Url,
    string Snippet,
    float Score);
