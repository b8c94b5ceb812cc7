namespace SocialCreditExplainer.Content.Teaching;

/// <summary>
/// A teacher's reading list: a title, a note to the class and the readings in order. It lives only
/// in its link (see <see cref="ReadingListCodec"/>); the site stores nothing.
/// </summary>
public sealed record ReadingList(string Title, string Note, IReadOnlyList<ReadingListItem> Items)
{
    /// <summary>Same title, note and items in the same order.</summary>
    public bool Equals(ReadingList? other) =>
        other is not null
        && string.Equals(Title, other.Title, StringComparison.Ordinal)
        && string.Equals(Note, other.Note, StringComparison.Ordinal)
        && Items.SequenceEqual(other.Items);

    public override int GetHashCode() => HashCode.Combine(Title, Note, Items.Count);
}

/// <summary>One reading: a whole article (no heading) or one of its <c>##</c> sections.</summary>
public sealed record ReadingListItem(string ArticleKey, string? HeadingId = null)
{
    /// <summary>Separates the key from the heading in a form value; article keys never contain it.</summary>
    public const char HeadingSeparator = '#';

    /// <summary>The value of the builder's checkbox: <c>key</c> or <c>key#heading-id</c>.</summary>
    public string ToFormValue() => HeadingId is null ? ArticleKey : ArticleKey + HeadingSeparator + HeadingId;

    /// <summary>Reads a checkbox value; null when it names no article.</summary>
    public static ReadingListItem? FromFormValue(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var separator = value.IndexOf(HeadingSeparator, StringComparison.Ordinal);
        if (separator < 0)
        {
            return new ReadingListItem(value.Trim());
        }

        var key = value[..separator].Trim();
        var heading = value[(separator + 1)..];
        return key.Length == 0 ? null : new ReadingListItem(key, heading.Length == 0 ? null : heading);
    }
}
