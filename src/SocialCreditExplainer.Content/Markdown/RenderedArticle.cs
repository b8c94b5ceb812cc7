namespace SocialCreditExplainer.Content.Markdown;

/// <summary>
/// What the Markdown pipeline makes of an article body: the HTML and everything read from the
/// syntax tree that pages, search and validation need (never found by scanning the HTML).
/// </summary>
public sealed record RenderedArticle
{
    /// <summary>Sanitised HTML of the body (raw HTML in the source is escaped).</summary>
    public required string Html { get; init; }

    /// <summary>Headings in order, for the table of contents.</summary>
    public required IReadOnlyList<ArticleHeading> Headings { get; init; }

    /// <summary>Sources in order of first citation, numbered from 1.</summary>
    public required IReadOnlyList<CitedSource> Citations { get; init; }

    /// <summary>Every <c>article:</c>, <c>timeline:</c>, <c>glossary:</c> and <c>source:</c> link, for validation.</summary>
    public required IReadOnlyList<ContentLink> Links { get; init; }

    /// <summary>Paragraphs with their stable ids, plain text and the sources each cites.</summary>
    public required IReadOnlyList<ArticleParagraph> Paragraphs { get; init; }

    /// <summary>Sections (text under each heading) as plain text, for search.</summary>
    public required IReadOnlyList<ArticleSection> Sections { get; init; }

    /// <summary>Problems found while rendering (unknown citation ids, bad links), with body-relative lines.</summary>
    public required IReadOnlyList<RenderProblem> Problems { get; init; }

    /// <summary>The body as plain text (for word counts).</summary>
    public required string PlainText { get; init; }
}

/// <summary>A heading: level 2–4, its unique id and its text.</summary>
public sealed record ArticleHeading(int Level, string Id, string Text);

/// <summary>A source cited in an article: its number, and the ids of each marker citing it (for back links).</summary>
public sealed record CitedSource(int Number, string SourceId, IReadOnlyList<string> MarkerIds);

/// <summary>The kind of site-internal link.</summary>
public enum ContentLinkKind
{
    Article,
    Timeline,
    Glossary,
    Source,
}

/// <summary>A site-internal link found in the body, with its 1-based line in the body.</summary>
public sealed record ContentLink(ContentLinkKind Kind, string Target, string? Fragment, int Line);

/// <summary>A paragraph with its stable permalink id and the sources it cites.</summary>
public sealed record ArticleParagraph(string Id, string Text, IReadOnlyList<string> SourceIds, int Line, bool IsListItem);

/// <summary>A heading's section as plain text.</summary>
public sealed record ArticleSection(string? HeadingId, string? HeadingText, string Text);

/// <summary>A problem in the Markdown body; <see cref="Line"/> is 1-based within the body.</summary>
public sealed record RenderProblem(int Line, string Message);
