namespace SocialCreditExplainer.Content.Teaching;

/// <summary>Why a reading-list link (or the builder's input) cannot be used. Each has its own message for readers.</summary>
public enum ReadingListError
{
    /// <summary>The link carries no list at all.</summary>
    Missing,

    /// <summary>The list is not valid base64url (characters lost or changed when copying).</summary>
    NotBase64,

    /// <summary>The encoded list is longer than any real list can be.</summary>
    TooLong,

    /// <summary>The list ends too early: the link was cut off.</summary>
    Truncated,

    /// <summary>The list was made by a format version this site does not read.</summary>
    UnsupportedVersion,

    /// <summary>The checksum does not match: the link was changed or damaged.</summary>
    ChecksumMismatch,

    /// <summary>The checksum matches but the bytes do not form a list.</summary>
    Malformed,

    TitleTooLong,

    NoteTooLong,

    NoItems,

    TooManyItems,

    /// <summary>An article in the list is not on the site (in this language).</summary>
    UnknownArticle,

    /// <summary>A section in the list is not a <c>##</c> section of its article (in this language).</summary>
    UnknownSection,
}

/// <summary>An error with what it is about (the article key, the section, the length found), when there is one.</summary>
public sealed record ReadingListProblem(ReadingListError Error, string? Detail = null);
