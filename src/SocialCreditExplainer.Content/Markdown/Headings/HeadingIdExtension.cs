using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace SocialCreditExplainer.Content.Markdown.Headings;

/// <summary>
/// Heading ids that work for Thai. Markdig's auto-identifiers keep only ASCII by default (a Thai
/// heading becomes <c>section</c>) and otherwise drop vowel and tone marks, so we assign ids
/// ourselves, per render. An explicit <c>{#id}</c> needs Markdig's generic attributes extension.
/// Do not combine with <c>UseAutoIdentifiers()</c>.
/// </summary>
public sealed class HeadingIdExtension(HeadingIdOptions options) : IMarkdownExtension
{
    /// <summary>Uses <see cref="HeadingIdOptions.Default"/>.</summary>
    public HeadingIdExtension()
        : this(HeadingIdOptions.Default)
    {
    }

    /// <summary>The settings this extension was created with.</summary>
    public HeadingIdOptions Options { get; } = options;

    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        // Nothing to parse: ids are derived from the heading text when a document is rendered.
    }

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<HtmlHeadingIdRenderer>())
        {
            html.ObjectRenderers.ReplaceOrAdd<HeadingRenderer>(new HtmlHeadingIdRenderer());
        }
    }
}
