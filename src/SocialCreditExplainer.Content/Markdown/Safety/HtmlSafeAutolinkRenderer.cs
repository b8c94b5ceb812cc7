using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax.Inlines;

namespace SocialCreditExplainer.Content.Markdown.Safety;

/// <summary>Markdig's autolink renderer with a URL check: <c>&lt;javascript:…&gt;</c> is written as escaped text.</summary>
public sealed class HtmlSafeAutolinkRenderer(MarkupSafetyOptions options) : AutolinkInlineRenderer
{
    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, AutolinkInline obj)
    {
        var url = obj.IsEmail ? "mailto:" + obj.Url : obj.Url;
        if (UrlSafety.RefusedScheme(url, options.LinkSchemes) is null)
        {
            base.Write(renderer, obj);
            return;
        }

        renderer.WriteEscape(obj.Url);
    }
}
