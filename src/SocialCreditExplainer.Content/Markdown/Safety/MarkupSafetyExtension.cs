using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;

namespace SocialCreditExplainer.Content.Markdown.Safety;

/// <summary>
/// Keeps authors' Markdown from injecting script or markup: raw HTML (blocks, inline tags,
/// comments) is read as text and escaped; links, images and autolinks with a scheme that is not
/// allowed (<c>javascript:</c>, <c>vbscript:</c>, <c>data:</c>, in any case or spelling) are written
/// as text only; generic attributes are limited to a safe list. Dropped links are reported when
/// an article is rendered, removed attributes when it is parsed.
/// </summary>
public sealed class MarkupSafetyExtension : IMarkdownExtension
{
    readonly ProcessDocumentDelegate _sanitize;

    /// <summary>Uses <see cref="MarkupSafetyOptions.Default"/>.</summary>
    public MarkupSafetyExtension()
        : this(MarkupSafetyOptions.Default)
    {
    }

    /// <summary>Uses the given settings.</summary>
    public MarkupSafetyExtension(MarkupSafetyOptions options)
    {
        Options = options;
        _sanitize = new AttributeSanitizer(options).Sanitize;
    }

    /// <summary>The settings this extension was created with.</summary>
    public MarkupSafetyOptions Options { get; }

    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        // Articles may not carry raw HTML: HTML blocks and inline tags become escaped text.
        pipeline.DisableHtml();
        pipeline.DocumentProcessed -= _sanitize;
        pipeline.DocumentProcessed += _sanitize;
    }

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html)
        {
            return;
        }

        var renderers = html.ObjectRenderers;
        if (!renderers.Contains<HtmlSafeLinkRenderer>())
        {
            renderers.ReplaceOrAdd<LinkInlineRenderer>(new HtmlSafeLinkRenderer(Options));
        }

        if (!renderers.Contains<HtmlSafeAutolinkRenderer>())
        {
            renderers.ReplaceOrAdd<AutolinkInlineRenderer>(new HtmlSafeAutolinkRenderer(Options));
        }

        if (!renderers.Contains<HtmlEscapedBlockRenderer>())
        {
            renderers.ReplaceOrAdd<HtmlBlockRenderer>(new HtmlEscapedBlockRenderer());
        }

        if (!renderers.Contains<HtmlEscapedInlineRenderer>())
        {
            renderers.ReplaceOrAdd<HtmlInlineRenderer>(new HtmlEscapedInlineRenderer());
        }
    }
}
