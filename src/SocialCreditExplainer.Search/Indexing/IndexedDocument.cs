using SocialCreditExplainer.Search.Text;

namespace SocialCreditExplainer.Search.Indexing;

/// <summary>
/// A <see cref="SearchDocument"/> after checking and cleaning, kept in memory beside the index:
/// snippets are cut from exactly the text that was analyzed, so term offsets line up.
/// </summary>
internal sealed record IndexedDocument(
    string Id,
    SearchDocumentType Type,
    SearchLanguage Language,
    string Title,
    string Body,
    string Url,
    IReadOnlyList<string> Keywords,
    float Boost)
{
    /// <summary>Checks a caller's document and cleans its text; throws for content that cannot be indexed.</summary>
    public static IndexedDocument From(SearchDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (string.IsNullOrWhiteSpace(document.Id))
        {
            throw new ArgumentException($"A search document has no id (title: \"{document.Title}\").", nameof(document));
        }

        if (!Enum.IsDefined(document.Type) || !Enum.IsDefined(document.Language))
        {
            throw new ArgumentException($"Search document \"{document.Id}\" has an unknown type or language.", nameof(document));
        }

        if (string.IsNullOrWhiteSpace(document.Url))
        {
            throw new ArgumentException($"Search document \"{document.Id}\" has no URL.", nameof(document));
        }

        if (!float.IsFinite(document.Boost) || document.Boost <= 0f)
        {
            throw new ArgumentException($"Search document \"{document.Id}\" has boost {document.Boost}; it must be a finite number above zero.", nameof(document));
        }

        return new IndexedDocument(
            document.Id,
            document.Type,
            document.Language,
            SearchText.CollapseWhiteSpace(SearchText.Clean(document.Title, keepLineBreaks: false)),
            SearchText.Clean(document.Body, keepLineBreaks: true),
            document.Url,
            [.. (document.Keywords ?? []).Select(k => SearchText.Clean(k, keepLineBreaks: false)).Where(k => k.Length > 0)],
            document.Boost);
    }
}
