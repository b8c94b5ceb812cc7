using System.Globalization;
using SocialCreditExplainer.Content.Dates;
using SocialCreditExplainer.Content.Languages;
using SocialCreditExplainer.Content.Sources;

namespace SocialCreditExplainer.Content.Markdown.Citations;

/// <summary>
/// The words of a citation marker and its tooltip: one wording for the article renderer
/// (<see cref="HtmlCitationRenderer"/>), the comparison table and the timeline, so a marker reads
/// the same wherever it appears.
/// </summary>
public static class CitationTooltip
{
    /// <summary>The marker's accessible name: <c>แหล่งที่มา 3: {title}</c> / <c>Source 3: {title}</c>.</summary>
    public static string Label(SiteLanguage language, int number, string title) =>
        string.Format(
            CultureInfo.InvariantCulture,
            language == SiteLanguage.Thai ? "แหล่งที่มา {0}: {1}" : "Source {0}: {1}",
            number,
            title);

    /// <summary>Publisher, date and (when cited with one) the locator: <c>China Law Translate, 14 มิถุนายน 2557, p. 4</c>.</summary>
    public static string Meta(Source source, SiteLanguage language, string? locator = null)
    {
        var published = source.Published is { } date
            ? new DateSpan(date, null, Circa: false).Format(language)
            : ArticleStrings.NoDate(language);
        return locator is null
            ? $"{source.Publisher}, {published}"
            : $"{source.Publisher}, {published}, {locator}";
    }

    /// <summary>The <c>lang</c> of the title when it is shown untranslated in the source's own language; else null.</summary>
    public static string? TitleLanguage(Source source, SiteLanguage language) =>
        (language == SiteLanguage.Thai ? source.TitleThai : source.TitleEnglish) is null ? OtherLanguage(source, language) : null;

    /// <summary>The <c>lang</c> of the source's excerpts when it is not the page's; else null.</summary>
    public static string? OtherLanguage(Source source, SiteLanguage language) =>
        string.IsNullOrEmpty(source.Language) || string.Equals(source.Language, language.Code, StringComparison.OrdinalIgnoreCase)
            ? null
            : source.Language;

    /// <summary>The source's first excerpt, cut to <paramref name="maxLength"/> characters; null when it has none.</summary>
    public static string? Excerpt(Source source, int maxLength)
    {
        var quote = source.Excerpts.Count > 0 ? source.Excerpts[0].Quote?.Trim() : null;
        return string.IsNullOrEmpty(quote) ? null : Shorten(quote, maxLength);
    }

    /// <inheritdoc cref="Excerpt(Source, int)"/>
    public static string? Excerpt(Source source) => Excerpt(source, CitationOptions.Default.MaxExcerptLength);

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
