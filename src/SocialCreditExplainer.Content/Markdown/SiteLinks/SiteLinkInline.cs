using Markdig.Syntax.Inlines;

namespace SocialCreditExplainer.Content.Markdown.SiteLinks;

/// <summary>
/// A link to another part of the site, written <c>[text](article:key#heading)</c>,
/// <c>(timeline:event-id)</c>, <c>(glossary:term-id)</c> or <c>(source:source-id)</c>. Its URL is
/// built when the article is rendered, in the reader's language.
/// </summary>
public sealed class SiteLinkInline : LinkInline
{
    /// <summary>What the link points to, from its scheme.</summary>
    public required ContentLinkKind Kind { get; init; }

    /// <summary>The article key or the event, term or source id.</summary>
    public required string Target { get; init; }

    /// <summary>The part after '#', for article links; null when none.</summary>
    public string? Fragment { get; init; }
}
