using Markdig.Renderers;

namespace SocialCreditExplainer.Content.Markdown;

/// <summary>
/// The HTML renderer for one render: it carries that render's state, so the object renderers our
/// extensions register can look up citation numbers and ids without keeping any state themselves.
/// </summary>
internal sealed class ArticleHtmlRenderer(TextWriter writer, ArticleRenderState state) : HtmlRenderer(writer)
{
    public ArticleRenderState State { get; } = state;
}
