using Markdig;
using SocialCreditExplainer.Content.Markdown.Citations;
using SocialCreditExplainer.Content.Markdown.Headings;
using SocialCreditExplainer.Content.Markdown.Paragraphs;
using SocialCreditExplainer.Content.Markdown.Safety;
using SocialCreditExplainer.Content.Markdown.SiteLinks;
using SocialCreditExplainer.Content.Markdown.Tables;

namespace SocialCreditExplainer.Content.Markdown;

/// <summary>
/// <c>Use…()</c> methods for our Markdig extensions. Each is safe to call twice. The features
/// that depend on the content (citation numbers, link URLs, ids) only work in a render by
/// <see cref="ArticleRenderer"/>; a plain <c>Markdown.ToHtml</c> with these extensions is still safe
/// and writes citations as <c>[?]</c> and site links as text.
/// </summary>
public static class MarkdownPipelineBuilderExtensions
{
    /// <summary>Heading ids that keep Thai letters and marks; explicit <c>{#id}</c> needs <c>UseGenericAttributes()</c>.</summary>
    public static MarkdownPipelineBuilder UseHeadingIds(this MarkdownPipelineBuilder pipeline, HeadingIdOptions? options = null)
    {
        pipeline.Extensions.AddIfNotAlready(new HeadingIdExtension(options ?? HeadingIdOptions.Default));
        return pipeline;
    }

    /// <summary>
    /// Pandoc-style citation markers <c>[@source-id, p. 4]</c>. (Not named <c>UseCitations</c>:
    /// Markdig already has one, for <c>""cite""</c> text, and the two calls would be ambiguous.)
    /// </summary>
    public static MarkdownPipelineBuilder UseSourceCitations(this MarkdownPipelineBuilder pipeline, CitationOptions? options = null)
    {
        pipeline.Extensions.AddIfNotAlready(new CitationExtension(options ?? CitationOptions.Default));
        return pipeline;
    }

    /// <summary>Links by id: <c>article:</c>, <c>timeline:</c>, <c>glossary:</c> and <c>source:</c>.</summary>
    public static MarkdownPipelineBuilder UseSiteLinks(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<SiteLinkExtension>();
        return pipeline;
    }

    /// <summary>Stable ids and "¶" links on top-level and list item paragraphs.</summary>
    public static MarkdownPipelineBuilder UseParagraphPermalinks(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<ParagraphPermalinkExtension>();
        return pipeline;
    }

    /// <summary><c>class="table"</c> on tables and alignment as classes, not inline styles.</summary>
    public static MarkdownPipelineBuilder UseTableStyling(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<TableStylingExtension>();
        return pipeline;
    }

    /// <summary>No raw HTML, no <c>javascript:</c>/<c>data:</c> URLs, only safe generic attributes.</summary>
    public static MarkdownPipelineBuilder UseMarkupSafety(this MarkdownPipelineBuilder pipeline, MarkupSafetyOptions? options = null)
    {
        pipeline.Extensions.AddIfNotAlready(new MarkupSafetyExtension(options ?? MarkupSafetyOptions.Default));
        return pipeline;
    }

    /// <summary>
    /// All of the above, as <see cref="ArticleRenderer"/> uses them. Add Markdig's
    /// <c>UseGenericAttributes()</c> after this call: it must be the last extension.
    /// </summary>
    public static MarkdownPipelineBuilder UseArticleMarkdown(this MarkdownPipelineBuilder pipeline) =>
        pipeline
            .UseHeadingIds()
            .UseSourceCitations()
            .UseSiteLinks()
            .UseParagraphPermalinks()
            .UseTableStyling()
            .UseMarkupSafety();
}
