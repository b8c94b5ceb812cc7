using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace SocialCreditExplainer.Content.Markdown.Safety;

/// <summary>Writes an inline HTML tag as escaped text (second line of defence, like <see cref="HtmlEscapedBlockRenderer"/>).</summary>
public sealed class HtmlEscapedInlineRenderer : HtmlObjectRenderer<HtmlInline>
{
    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, HtmlInline obj) => renderer.WriteEscape(obj.Tag);
}
