using Markdig;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;

namespace SocialCreditExplainer.Content.Markdown.Citations;

/// <summary>
/// Pandoc-style citation markers (<c>[@source-id, p. 4]</c>) resolved against the source catalogue
/// when an article is rendered: numbered in order of first citation, each with a tooltip showing
/// the source. Unknown ids render <c>[?]</c> and are reported as problems.
/// </summary>
public sealed class CitationExtension(CitationOptions options) : IMarkdownExtension
{
    /// <summary>Uses <see cref="CitationOptions.Default"/>.</summary>
    public CitationExtension()
        : this(CitationOptions.Default)
    {
    }

    /// <summary>The settings this extension was created with.</summary>
    public CitationOptions Options { get; } = options;

    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<CitationInlineParser>())
        {
            // Insert the parser before the link inline parser, which would otherwise read "[@id]" as link text.
            pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new CitationInlineParser());
        }
    }

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<HtmlCitationRenderer>())
        {
            html.ObjectRenderers.Add(new HtmlCitationRenderer(Options));
        }
    }
}
