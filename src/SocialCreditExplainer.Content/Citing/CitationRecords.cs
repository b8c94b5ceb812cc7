using SocialCreditExplainer.Content.Articles;
using SocialCreditExplainer.Content.Dates;
using SocialCreditExplainer.Content.Sources;

namespace SocialCreditExplainer.Content.Citing;

/// <summary>Builds <see cref="CitationRecord"/>s for catalogue sources and for the site's own articles.</summary>
public static class CitationRecords
{
    /// <summary>The site's name as a publisher in citations of its pages.</summary>
    public const string SiteName = "SocialCreditExplainer";

    public static CitationRecord ForSource(Source source) => new()
    {
        Key = source.Id.Replace("-", string.Empty, StringComparison.Ordinal),
        Kind = source.Type switch
        {
            SourceType.Law => CitedWorkKind.Legislation,
            SourceType.GovernmentDocument or SourceType.ThinkTank => CitedWorkKind.Report,
            SourceType.Encyclopedia => CitedWorkKind.Encyclopedia,
            SourceType.ParliamentaryRecord => CitedWorkKind.Hearing,
            SourceType.News or SourceType.Opinion or SourceType.Academic => CitedWorkKind.Article,
            _ => CitedWorkKind.WebPage,
        },
        Title = source.Title,
        Authors = source.Authors,
        Publisher = source.Publisher,
        Published = source.Published,
        Url = source.Url,
        Accessed = source.Accessed,
        Language = source.Language,
    };

    /// <summary>A citation of one of our articles, with its permanent URL and the day it is read.</summary>
    public static CitationRecord ForArticle(Article article, string absoluteUrl, DateOnly accessed) => new()
    {
        Key = "sce" + article.Key.Replace("-", string.Empty, StringComparison.Ordinal) + article.Language.Code,
        Kind = CitedWorkKind.WebPage,
        Title = article.Metadata.Title,
        Publisher = SiteName,
        Container = SiteName,
        Published = HistoricalDate.OfDay(article.Metadata.Updated.Year, article.Metadata.Updated.Month, article.Metadata.Updated.Day),
        Url = absoluteUrl,
        Accessed = accessed,
        Language = article.Language.Code,
    };
}
