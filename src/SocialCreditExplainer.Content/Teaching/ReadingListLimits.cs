namespace SocialCreditExplainer.Content.Teaching;

/// <summary>
/// How big a reading list may be. The limits keep the link short enough for any browser, chat app
/// and the server's 8 KB request line, and stop a hand-made link from filling a page.
/// </summary>
public static class ReadingListLimits
{
    /// <summary>Characters (UTF-16 code units, as an HTML <c>maxlength</c> counts them) in the title.</summary>
    public const int MaxTitleLength = 120;

    /// <summary>Characters in the note to the class.</summary>
    public const int MaxNoteLength = 1000;

    public const int MaxItems = 30;

    /// <summary>Bytes of an article key or a heading id; the real ones are far shorter.</summary>
    public const int MaxIdBytes = 256;

    /// <summary>Characters of the encoded list in a link.</summary>
    public const int MaxEncodedLength = 6000;

    /// <summary>Bytes of the list once decompressed (an upper bound for any list within the other limits).</summary>
    public const int MaxPayloadBytes = 16 * 1024;

    /// <summary>The first limit the list breaks, or null when it keeps them all.</summary>
    public static ReadingListProblem? Check(ReadingList list)
    {
        if (list.Title.Length > MaxTitleLength)
        {
            return new ReadingListProblem(ReadingListError.TitleTooLong, list.Title.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (list.Note.Length > MaxNoteLength)
        {
            return new ReadingListProblem(ReadingListError.NoteTooLong, list.Note.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (list.Items.Count == 0)
        {
            return new ReadingListProblem(ReadingListError.NoItems);
        }

        if (list.Items.Count > MaxItems)
        {
            return new ReadingListProblem(ReadingListError.TooManyItems, list.Items.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return null;
    }
}
