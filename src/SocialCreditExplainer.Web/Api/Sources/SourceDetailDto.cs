using SocialCreditExplainer.Content;
using SocialCreditExplainer.Content.Languages;
using SocialCreditExplainer.Content.Loading;
using SocialCreditExplainer.Content.Sources;

namespace SocialCreditExplainer.Web.Api.Sources;

/// <summary>A source's full record: bibliographic fields, excerpts, notes and every place citing it.</summary>
/// <param name="PublishedNote">Why the date is missing, uncertain or disputed.</param>
/// <param name="UrlNote">Why there is no URL, or what locates the source instead.</param>
/// <param name="Accessed">The day the source was read for the catalogue (ISO 8601, <c>YYYY-MM-DD</c>).</param>
/// <param name="Reliability">A note on reliability: a mirror, a low-quality host, a disagreement.</param>
/// <param name="CitedIn">Every article paragraph, timeline event, glossary term and comparison row citing it, in both languages.</param>
public sealed record SourceDetailDto(
    string Id,
    string Type,
    string Title,
    string? TitleEnglish,
    string? TitleThai,
    IReadOnlyList<string> Authors,
    string Publisher,
    PublishedDateDto? Published,
    string? PublishedNote,
    string? Url,
    string? UrlNote,
    string? ArchiveUrl,
    string Accessed,
    string Language,
    string Country,
    IReadOnlyList<ExcerptDto> Excerpts,
    string? Reliability,
    WikipediaDto? Wikipedia,
    ParliamentDto? Parliament,
    IReadOnlyList<CitingPlaceDto> CitedIn,
    SourceLinksDto Links)
{
    public static SourceDetailDto From(Source source, CitationIndex citations) => new(
        source.Id,
        KebabEnum.ToKebab(source.Type),
        source.Title,
        source.TitleEnglish,
        source.TitleThai,
        source.Authors,
        source.Publisher,
        PublishedDateDto.From(source.Published),
        source.PublishedNote,
        source.Url,
        source.UrlNote,
        source.ArchiveUrl,
        source.Accessed.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        source.Language,
        KebabEnum.ToKebab(source.Country),
        [.. source.Excerpts.Select(e => new ExcerptDto(e.Quote, e.Location))],
        source.Reliability,
        source.Wikipedia is { } w ? new WikipediaDto(w.Article, w.Revision) : null,
        source.Parliament is { } p ? new ParliamentDto(p.Chamber, p.Sitting, p.Date, p.Speaker, p.AgendaItem, p.Unknown) : null,
        [.. SiteLanguage.All.SelectMany(l => citations.PlacesCiting(source.Id, l)).Select(CitingPlaceDto.From)],
        SourceLinksDto.For(source.Id));
}
