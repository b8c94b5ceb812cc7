using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax.Inlines;

namespace SocialCreditExplainer.Content.Markdown.Safety;

/// <summary>
/// Markdig's link and image renderer with a URL check: a link whose scheme is not allowed is
/// written as its text alone, an image as its alt text alone.
/// </summary>
public sealed class HtmlSafeLinkRenderer(MarkupSafetyOptions options) : LinkInlineRenderer
{
    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, LinkInline link)
    {
        var url = link.GetDynamicUrl?.Invoke() ?? link.Url;
        if (UrlSafety.RefusedScheme(url, link.IsImage ? options.ImageSchemes : options.LinkSchemes) is null)
        {
            base.Write(renderer, link);
            return;
        }

        renderer.WriteChildren(link);
    }
}
