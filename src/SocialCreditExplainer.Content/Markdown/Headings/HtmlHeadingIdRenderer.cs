using System.Globalization;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace SocialCreditExplainer.Content.Markdown.Headings;

/// <summary>
/// Writes headings with the id the render assigned (see <see cref="HeadingIdExtension"/>). Outside
/// an <see cref="ArticleRenderer"/> render it behaves like Markdig's <see cref="HeadingRenderer"/>.
/// </summary>
public sealed class HtmlHeadingIdRenderer : HeadingRenderer
{
    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, HeadingBlock obj)
    {
        var id = ArticleRenderState.Of(renderer)?.Headings.IdOf(obj);
        if (id is null || !renderer.EnableHtmlForBlock)
        {
            base.Write(renderer, obj);
            return;
        }

        // <h2 id="ระบบเครดิตสังคมคืออะไร">ระบบเครดิตสังคมคืออะไร</h2>
        var tag = "h" + Math.Clamp(obj.Level, 1, 6).ToString(CultureInfo.InvariantCulture);
        renderer.Write('<').Write(tag).WriteAttributes(obj, id).Write('>');
        renderer.WriteLeafInline(obj);
        renderer.Write("</").Write(tag).WriteLine(">");
        renderer.EnsureLine();
    }
}
