using Markdig.Syntax.Inlines;

namespace SocialCreditExplainer.Content.Markdown.Citations;

/// <summary>
/// A citation marker such as <c>[@ndrc-2014-plan, p. 4; @matichon-column]</c>: the sources it
/// cites, in the order written. Numbers are given per render, not stored here.
/// </summary>
public sealed class CitationInline(IReadOnlyList<CitationReference> references) : LeafInline
{
    /// <summary>The sources cited, in the order written (a source may appear twice).</summary>
    public IReadOnlyList<CitationReference> References { get; } = references;
}
