using SocialCreditExplainer.Content.Loading;
using SocialCreditExplainer.Content.Sources;

namespace SocialCreditExplainer.Web.Api.Sources;

/// <summary>A source in the catalogue list: enough to show and filter it.</summary>
/// <param name="Type">encyclopedia, government-document, law, parliamentary-record, news, opinion, academic, think-tank or blog.</param>
/// <param name="Title">The title in the source's own language.</param>
/// <param name="Language">ISO 639-1 code of the source's language.</param>
/// <param name="Country">china, thailand or international.</param>
public sealed record SourceSummaryDto(
    string Id,
    string Type,
    string Title,
    string? TitleEnglish,
    string? TitleThai,
    IReadOnlyList<string> Authors,
    string Publisher,
    PublishedDateDto? Published,
    string? Url,
    string Language,
    string Country,
    SourceLinksDto Links)
{
    public static SourceSummaryDto From(Source source) => new(
        source.Id,
        KebabEnum.ToKebab(source.Type),
        source.Title,
        source.TitleEnglish,
        source.TitleThai,
        source.Authors,
        source.Publisher,
        PublishedDateDto.From(source.Published),
        source.Url,
        source.Language,
        KebabEnum.ToKebab(source.Country),
        SourceLinksDto.For(source.Id));
}
