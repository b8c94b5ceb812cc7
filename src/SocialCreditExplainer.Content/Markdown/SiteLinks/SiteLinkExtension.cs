using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;

namespace SocialCreditExplainer.Content.Markdown.SiteLinks;

/// <summary>
/// Links to other articles, timeline events, glossary terms and sources by id
/// (<c>[text](glossary:hukou)</c>), turned into site URLs in the reader's language when rendered.
/// Markdig's own link parser reads them; once a document is parsed, links with our schemes become
/// <see cref="SiteLinkInline"/> nodes, so no parser of our own is needed.
/// </summary>
public sealed class SiteLinkExtension : IMarkdownExtension
{
    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.DocumentProcessed -= SiteLinkClassifier.Classify;
        pipeline.DocumentProcessed += SiteLinkClassifier.Classify;
    }

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<HtmlSiteLinkRenderer>())
        {
            // A SiteLinkInline is a LinkInline, and the first renderer accepting an object wins:
            // insert ours before the link renderer.
            if (!html.ObjectRenderers.InsertBefore<LinkInlineRenderer>(new HtmlSiteLinkRenderer()))
            {
                html.ObjectRenderers.Insert(0, new HtmlSiteLinkRenderer());
            }
        }
    }
}
