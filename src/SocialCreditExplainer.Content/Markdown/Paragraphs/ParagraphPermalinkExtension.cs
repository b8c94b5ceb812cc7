using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace SocialCreditExplainer.Content.Markdown.Paragraphs;

/// <summary>
/// Stable permalinks for paragraphs, so a journalist can link to one claim: every top-level and
/// list item paragraph gets an id derived from its own text and a "¶" link to itself.
/// </summary>
public sealed class ParagraphPermalinkExtension : IMarkdownExtension
{
    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        // Nothing to parse: ids are derived from each paragraph's text when a document is rendered.
    }

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<HtmlParagraphPermalinkRenderer>())
        {
            html.ObjectRenderers.ReplaceOrAdd<ParagraphRenderer>(new HtmlParagraphPermalinkRenderer());
        }
    }
}
