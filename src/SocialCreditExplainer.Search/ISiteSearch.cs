namespace SocialCreditExplainer.Search;

/// <summary>
/// Full-text search across articles, timeline events, glossary terms and sources, in Thai and
/// English. Implementations are safe to call from many threads at once and never throw for
/// anything a reader can type.
/// </summary>
public interface ISiteSearch
{
    /// <summary>Finds the places that best match the query, with snippets.</summary>
    /// <param name="query">The reader's text and the language of the pages searched.</param>
    /// <returns>The hits, and a message when the text could not be searched as typed.</returns>
    SearchResults Search(SearchQuery query);
}
