using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace SocialCreditExplainer.Content.Markdown.SiteLinks;

/// <summary>
/// Writes a site link with the URL the render resolved. A glossary link also carries the term's
/// definition, in the reader's language, as a tooltip shown by CSS on hover and focus. An unknown
/// target (or a render outside <see cref="ArticleRenderer"/>) gives the text in
/// <c>&lt;span class="broken-link"&gt;</c>.
/// </summary>
public sealed class HtmlSiteLinkRenderer : HtmlObjectRenderer<SiteLinkInline>
{
    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, SiteLinkInline obj)
    {
        if (!renderer.EnableHtmlForInline)
        {
            renderer.WriteChildren(obj);
            return;
        }

        var state = ArticleRenderState.Of(renderer);
        var resolved = state?.Links.Of(obj);
        if (state is null || resolved?.Url is null)
        {
            renderer.Write("<span class=\"broken-link\">");
            renderer.WriteChildren(obj);
            renderer.Write("</span>");
            return;
        }

        if (resolved.Term is { } term && resolved.TooltipId is { } tooltipId)
        {
            // <span class="glossary-term"><a href="/th/glossary#hukou" aria-describedby="glossary-tip-1">…</a>
            //   <span role="tooltip" id="glossary-tip-1" class="glossary-tip">definition</span></span>
            renderer.Write("<span class=\"glossary-term\">");
            WriteLinkStart(renderer, obj, resolved.Url);
            renderer.Write(" aria-describedby=\"").Write(tooltipId).Write("\">");
            renderer.WriteChildren(obj);
            renderer.Write("</a><span role=\"tooltip\" id=\"").Write(tooltipId).Write("\" class=\"glossary-tip\">")
                .WriteEscape(term.Definition[state.Language]).Write("</span></span>");
            return;
        }

        WriteLinkStart(renderer, obj, resolved.Url);
        renderer.Write('>');
        renderer.WriteChildren(obj);
        renderer.Write("</a>");
    }

    static void WriteLinkStart(HtmlRenderer renderer, SiteLinkInline link, string url)
    {
        renderer.Write("<a href=\"").WriteEscapeUrl(url).Write('"').WriteAttributes(link);
        if (!string.IsNullOrEmpty(link.Title))
        {
            renderer.Write(" title=\"").WriteEscape(link.Title).Write('"');
        }
    }
}
