using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace SocialCreditExplainer.Content.Markdown.Safety;

/// <summary>
/// Writes a raw HTML block as escaped text. With raw HTML parsing disabled no such block is ever
/// parsed; this is the second line of defence for a document parsed by another pipeline.
/// </summary>
public sealed class HtmlEscapedBlockRenderer : HtmlObjectRenderer<HtmlBlock>
{
    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, HtmlBlock obj)
    {
        renderer.EnsureLine();
        renderer.Write("<p>");
        renderer.WriteLeafRawLines(obj, writeEndOfLines: true, escape: true);
        renderer.WriteLine("</p>");
    }
}
