namespace SocialCreditExplainer.Content.Markdown.Headings;

/// <summary>Settings for <see cref="HeadingIdExtension"/>.</summary>
public sealed class HeadingIdOptions
{
    /// <summary>The defaults: levels 2–4 in the table of contents, fallback ids <c>section-N</c>.</summary>
    public static HeadingIdOptions Default { get; } = new();

    /// <summary>The highest heading level listed in the table of contents. Default 2 (the page title is the h1).</summary>
    public int TableOfContentsMinLevel { get; init; } = 2;

    /// <summary>The deepest heading level listed in the table of contents. Default 4.</summary>
    public int TableOfContentsMaxLevel { get; init; } = 4;

    /// <summary>
    /// The id stem for a heading whose text yields no id (only punctuation or symbols): the
    /// N-th heading of the document gets <c>section-N</c>. Default <c>section</c>.
    /// </summary>
    public string FallbackPrefix { get; init; } = "section";
}
