using SocialCreditExplainer.Search;

namespace SocialCreditExplainer.Web.Search;

/// <summary>
/// The words of the <c>type</c> query parameter, shared by the search page and the API:
/// <c>all</c> (or nothing), <c>articles</c>, <c>timeline</c>, <c>glossary</c>, <c>sources</c>,
/// the same words as the site's sections.
/// </summary>
public static class SearchTypeFilter
{
    /// <summary>Every type.</summary>
    public const string All = "all";

    static readonly (string Word, SearchDocumentType Type)[] Types =
    [
        ("articles", SearchDocumentType.ArticleSection),
        ("timeline", SearchDocumentType.TimelineEvent),
        ("glossary", SearchDocumentType.GlossaryTerm),
        ("sources", SearchDocumentType.Source),
    ];

    /// <summary>The allowed words, <c>all</c> first.</summary>
    public static IReadOnlyList<string> Words { get; } = [All, .. Types.Select(t => t.Word)];

    /// <summary>The types a reader can pick, in the order the form lists them.</summary>
    public static IReadOnlyList<SearchDocumentType> Choices { get; } = [.. Types.Select(t => t.Type)];

    /// <summary>Reads a <c>type</c> value: null, empty or <c>all</c> is every type.</summary>
    /// <returns>False when the word is not one of <see cref="Words"/>.</returns>
    public static bool TryParse(string? word, out SearchDocumentType? type)
    {
        type = null;
        var trimmed = word?.Trim();
        if (string.IsNullOrEmpty(trimmed) || string.Equals(trimmed, All, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        foreach (var (candidate, value) in Types)
        {
            if (string.Equals(candidate, trimmed, StringComparison.OrdinalIgnoreCase))
            {
                type = value;
                return true;
            }
        }

        return false;
    }

    /// <summary>The word for a type, <c>all</c> for null.</summary>
    public static string WordFor(SearchDocumentType? type) =>
        type is { } t ? Types.First(x => x.Type == t).Word : All;
}
