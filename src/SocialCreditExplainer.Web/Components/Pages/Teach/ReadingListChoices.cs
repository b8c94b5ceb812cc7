using SocialCreditExplainer.Content.Teaching;

namespace SocialCreditExplainer.Web.Components.Pages.Teach;

/// <summary>Turns the builder's ticked checkboxes into reading-list items.</summary>
public static class ReadingListChoices
{
    /// <summary>
    /// The items in the order ticked (the page's order), each once. A section is dropped when its
    /// whole article is ticked too, since the article covers it.
    /// </summary>
    public static IReadOnlyList<ReadingListItem> FromForm(IEnumerable<string>? values)
    {
        var items = (values ?? [])
            .Select(ReadingListItem.FromFormValue)
            .OfType<ReadingListItem>()
            .Distinct()
            .ToList();
        var wholeArticles = items.Where(i => i.HeadingId is null).Select(i => i.ArticleKey).ToHashSet(StringComparer.Ordinal);
        return [.. items.Where(i => i.HeadingId is null || !wholeArticles.Contains(i.ArticleKey))];
    }
}
