using System.Globalization;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using SocialCreditExplainer.Content.Languages;
using SocialCreditExplainer.Content.Sources;

namespace SocialCreditExplainer.Content.Markdown.Citations;

/// <summary>
/// Writes a citation marker as a superscript link per source, each followed by a tooltip that
/// CSS shows on hover and on keyboard focus (<c>.cite:hover</c>, <c>.cite:focus-within</c>), so it
/// needs no script. Nothing is written around the <c>sup</c>, so Thai text stays glued to it.
/// </summary>
public sealed class HtmlCitationRenderer(CitationOptions options) : HtmlObjectRenderer<CitationInline>
{
    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, CitationInline obj)
    {
        if (!renderer.EnableHtmlForInline)
        {
            // Inside an image's alt text: a bare number would only be noise.
            return;
        }

        var state = ArticleRenderState.Of(renderer);
        var markers = state?.Citations.MarkersOf(obj);
        if (state is null || markers is null || markers.All(m => m.Source is null))
        {
            renderer.Write("<sup class=\"cite cite-missing\">[?]</sup>");
            return;
        }

        renderer.Write("<sup class=\"cite\">");
        foreach (var marker in markers)
        {
            if (marker.Source is null)
            {
                renderer.Write("<span class=\"cite-missing\">[?]</span>");
            }
            else
            {
                WriteMarker(renderer, marker, marker.Source, state.Language);
            }
        }

        renderer.Write("</sup>");
    }

    void WriteMarker(HtmlRenderer renderer, CitationMarker marker, Source source, SiteLanguage language)
    {
        // <a id="cite-ref-1-1" href="#ref-1" class="cite-link" aria-label="Source 1: Title"
        //    aria-describedby="cite-tip-1-1">[1]</a><span role="tooltip" id="cite-tip-1-1" class="cite-tip">
        //   <span class="cite-tip-title">Title</span> <span class="cite-tip-meta">Publisher, 14 June 2014, p. 4</span>
        //   <span class="cite-tip-quote">“excerpt”</span></span>
        var number = marker.Number.ToString(CultureInfo.InvariantCulture);
        var title = source.DisplayTitle(language);
        renderer.Write("<a id=\"").Write(marker.MarkerId)
            .Write("\" href=\"#").Write(CitationAnchors.Reference(marker.Number))
            .Write("\" class=\"cite-link\" aria-label=\"").WriteEscape(CitationTooltip.Label(language, marker.Number, title))
            .Write("\" aria-describedby=\"").Write(marker.TooltipId)
            .Write("\">[").Write(number).Write("]</a>");

        renderer.Write("<span role=\"tooltip\" id=\"").Write(marker.TooltipId).Write("\" class=\"cite-tip\">");
        renderer.Write("<span class=\"cite-tip-title\"");
        WriteLang(renderer, CitationTooltip.TitleLanguage(source, language));
        renderer.Write('>').WriteEscape(title).Write("</span>");
        renderer.Write(" <span class=\"cite-tip-meta\">").WriteEscape(CitationTooltip.Meta(source, language, marker.Locator)).Write("</span>");
        if (CitationTooltip.Excerpt(source, options.MaxExcerptLength) is { } excerpt)
        {
            renderer.Write(" <span class=\"cite-tip-quote\"");
            WriteLang(renderer, CitationTooltip.OtherLanguage(source, language));
            renderer.Write(">“").WriteEscape(excerpt).Write("”</span>");
        }

        renderer.Write("</span>");
    }

    static void WriteLang(HtmlRenderer renderer, string? code)
    {
        if (code is not null)
        {
            renderer.Write(" lang=\"").WriteEscape(code).Write('"');
        }
    }
}
