namespace SocialCreditExplainer.Content.Markdown.Citations;

/// <summary>Settings for <see cref="CitationExtension"/>.</summary>
public sealed class CitationOptions
{
    /// <summary>The defaults described on each property.</summary>
    public static CitationOptions Default { get; } = new();

    /// <summary>
    /// The longest excerpt shown in a citation's tooltip, in characters; a longer one is cut at a
    /// whole character (never between a Thai letter and its marks) and ends with "…". Default 280.
    /// </summary>
    public int MaxExcerptLength { get; init; } = 280;
}
