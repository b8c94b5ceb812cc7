using SocialCreditExplainer.Content.Articles;
using SocialCreditExplainer.Content.Dates;
using SocialCreditExplainer.Content.Sources;

namespace SocialCreditExplainer.Content.Citing;

/// <summary>Builds <see cref="CitationRecord"/>s for catalogue sources and for the site's own articles.</summary>
public static class CitationRecords
{
    /// <summary>
    /// A citation of the source itself: its own URL and the day it was read for the catalogue.
    /// <paramref name="recordUrl"/>, the absolute URL of the source's page on this site, goes in the note.
    /// </summary>
    public static CitationRecord ForSource(Source source, string? recordUrl = null)
    {
        // A bracketed title is our description of an untitled work; the English styles want the
        // English description rather than the original description plus its translation.
        var describedOnly = source.Title.StartsWith('[') && source.TitleEnglish is not null;
        var title = describedOnly ? source.TitleEnglish! : source.Title;
        var translated = !describedOnly && source.TitleEnglish is { } english && english != source.Title ? english : null;
        return new()
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
            Title = title,
            TranslatedTitle = translated,
            Authors = source.Authors,
            Publisher = source.Publisher,
            Published = source.Published,
            Url = source.Url,
            Accessed = source.Accessed,
            Language = source.Language,
            Note = recordUrl is null ? null : "Source record: " + recordUrl,
        };
    }

    /// <summary>
    /// A citation of one of our articles, with its permanent URL and the day it is read.
    /// <paramref name="siteName"/> is the site's name as the article's page shows it.
    /// </summary>
    public static CitationRecord ForArticle(Article article, string siteName, string absoluteUrl, DateOnly accessed) => new()
    {
        Key = "sce" + article.Key.Replace("-", string.Empty, StringComparison.Ordinal) + article.Language.Code,
        Kind = CitedWorkKind.WebPage,
        Title = article.Metadata.Title,
        Publisher = siteName,
        Container = siteName,
        Published = HistoricalDate.OfDay(article.Metadata.Updated.Year, article.Metadata.Updated.Month, article.Metadata.Updated.Day),
        Url = absoluteUrl,
        Accessed = accessed,
        Language = article.Language.Code,
    };
}
