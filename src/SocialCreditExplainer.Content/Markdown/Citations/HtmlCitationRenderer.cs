using System.Globalization;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using SocialCreditExplainer.Content.Dates;
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
            .Write("\" class=\"cite-link\" aria-label=\"").WriteEscape(ArticleStrings.SourceLabel(language, marker.Number, title))
            .Write("\" aria-describedby=\"").Write(marker.TooltipId)
            .Write("\">[").Write(number).Write("]</a>");

        renderer.Write("<span role=\"tooltip\" id=\"").Write(marker.TooltipId).Write("\" class=\"cite-tip\">");
        renderer.Write("<span class=\"cite-tip-title\"");
        WriteLang(renderer, IsOriginalTitle(source, language) ? source.Language : null, language);
        renderer.Write('>').WriteEscape(title).Write("</span>");
        renderer.Write(" <span class=\"cite-tip-meta\">").WriteEscape(Meta(source, marker.Locator, language)).Write("</span>");
        if (source.Excerpts.Count > 0 && !string.IsNullOrWhiteSpace(source.Excerpts[0].Quote))
        {
            renderer.Write(" <span class=\"cite-tip-quote\"");
            WriteLang(renderer, source.Language, language);
            renderer.Write(">“").WriteEscape(Shorten(source.Excerpts[0].Quote.Trim(), options.MaxExcerptLength)).Write("”</span>");
        }

        renderer.Write("</span>");
    }

    static string Meta(Source source, string? locator, SiteLanguage language)
    {
        var published = source.Published is { } date
            ? new DateSpan(date, null, Circa: false).Format(language)
            : ArticleStrings.NoDate(language);
        return locator is null
            ? $"{source.Publisher}, {published}"
            : $"{source.Publisher}, {published}, {locator}";
    }

    // A title shown in the source's own language (no translation given) is marked with its language.
    static bool IsOriginalTitle(Source source, SiteLanguage language) =>
        (language == SiteLanguage.Thai ? source.TitleThai : source.TitleEnglish) is null;

    static void WriteLang(HtmlRenderer renderer, string? code, SiteLanguage language)
    {
        if (!string.IsNullOrEmpty(code) && !string.Equals(code, language.Code, StringComparison.OrdinalIgnoreCase))
        {
            renderer.Write(" lang=\"").WriteEscape(code).Write('"');
        }
    }

    static string Shorten(string text, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return text;
        }

        // Cut between text elements so a Thai consonant never loses its vowel or tone mark.
        var length = 0;
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            var next = length + ((string)elements.Current).Length;
            if (next > maxLength)
            {
                break;
            }

            length = next;
        }

        return text[..length].TrimEnd() + "…";
    }
}
