using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace SocialCreditExplainer.Content.Markdown.Paragraphs;

/// <summary>
/// Writes a permalinked paragraph as <c>&lt;p id="p-…"&gt;…&lt;a class="para-link" href="#p-…"&gt;¶&lt;/a&gt;&lt;/p&gt;</c>,
/// also inside tight list items (which Markdig otherwise writes without <c>&lt;p&gt;</c>) so that
/// every id sits on a <c>p</c>. Other paragraphs are written as Markdig writes them.
/// </summary>
public sealed class HtmlParagraphPermalinkRenderer : ParagraphRenderer
{
    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, ParagraphBlock obj)
    {
        var state = ArticleRenderState.Of(renderer);
        var id = state?.Paragraphs.IdOf(obj);
        if (state is null || id is null || !renderer.EnableHtmlForBlock)
        {
            base.Write(renderer, obj);
            return;
        }

        if (!renderer.IsFirstInContainer)
        {
            renderer.EnsureLine();
        }

        renderer.Write("<p").WriteAttributes(obj, id).Write('>');
        renderer.WriteLeafInline(obj);
        renderer.Write("<a class=\"para-link\" href=\"#").Write(id).Write("\" aria-label=\"")
            .WriteEscape(ArticleStrings.ParagraphLink(state.Language)).Write("\">¶</a></p>");
        if (!renderer.ImplicitParagraph)
        {
            renderer.WriteLine();
            renderer.EnsureLine();
        }
    }
}
