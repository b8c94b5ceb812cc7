using SocialCreditExplainer.Content.Languages;
using SocialCreditExplainer.Content.Loading;

namespace SocialCreditExplainer.Content.Timelines.Export;

/// <summary>
/// Turns events into the records the API and the downloads publish. Site links in API records are
/// root-relative; the downloads are read away from the site, so their links are absolute.
/// </summary>
public static class TimelineExport
{
    /// <summary>The licence the timeline's text is published under.</summary>
    public const string Licence = "CC BY 4.0";

    /// <summary>Matching events in one language, with how many events there are in all.</summary>
    public static TimelineListRecord ToList(IReadOnlyList<TimelineEvent> events, int total, ContentSnapshot snapshot, SiteLanguage language) =>
        new(language.Code, events.Count, total, [.. events.Select(e => ToRecord(e, snapshot, language))]);

    /// <summary>One event in one language.</summary>
    public static TimelineEventRecord ToRecord(TimelineEvent timelineEvent, ContentSnapshot snapshot, SiteLanguage language) =>
        new(
            timelineEvent.Id,
            KebabEnum.ToKebab(timelineEvent.Country),
            TimelineDateRecord.From(timelineEvent.Date),
            timelineEvent.Date.Format(language),
            timelineEvent.Title[language],
            timelineEvent.Summary[language],
            Themes(timelineEvent),
            [.. timelineEvent.Sources.Select(id => SourceRecord(id, snapshot, language, string.Empty))],
            [.. Articles(timelineEvent, snapshot, language)],
            timelineEvent.Uncertain is { } uncertain
                ? new TimelineUncertaintyRecord(
                    uncertain.Note[language],
                    [.. uncertain.Alternatives.Select(a => new TimelineAlternativeRecord(TimelineDateRecord.From(a.Date), a.Date.Format(language), a.SourceId))])
                : null,
            SiteUrls.TimelineEvent(language, timelineEvent.Id));

    /// <summary>The whole timeline in both languages; <paramref name="baseUrl"/> (e.g. <c>https://example.org</c>) makes links absolute.</summary>
    public static TimelineDownload ToDownload(ContentSnapshot snapshot, string baseUrl)
    {
        var events = TimelineService.Filter(snapshot.TimelineEvents, TimelineQuery.All);
        return new(snapshot.Version, Licence, events.Count, [.. events.Select(e => ToDownloadEvent(e, snapshot, baseUrl))]);
    }

    static TimelineDownloadEvent ToDownloadEvent(TimelineEvent timelineEvent, ContentSnapshot snapshot, string baseUrl) =>
        new(
            timelineEvent.Id,
            KebabEnum.ToKebab(timelineEvent.Country),
            TimelineDateRecord.From(timelineEvent.Date),
            BilingualText.From(timelineEvent.Date.Format),
            BilingualText.From(timelineEvent.Title),
            BilingualText.From(timelineEvent.Summary),
            Themes(timelineEvent),
            [.. timelineEvent.Sources.Select(id => SourceRecord(id, snapshot, null, baseUrl))],
            timelineEvent.Articles,
            timelineEvent.Uncertain is { } uncertain
                ? new TimelineDownloadUncertainty(
                    BilingualText.From(uncertain.Note),
                    [.. uncertain.Alternatives.Select(a => new TimelineDownloadAlternative(TimelineDateRecord.From(a.Date), BilingualText.From(a.Date.Format), a.SourceId))])
                : null,
            BilingualText.From(language => baseUrl + SiteUrls.TimelineEvent(language, timelineEvent.Id)));

    static string[] Themes(TimelineEvent timelineEvent) => [.. timelineEvent.Themes.Select(KebabEnum.ToKebab)];

    // Without a language (the bilingual download) the title is the source's own, and the link the English page.
    static TimelineSourceRecord SourceRecord(string id, ContentSnapshot snapshot, SiteLanguage? language, string baseUrl)
    {
        var source = snapshot.FindSource(id);
        var title = source is null ? null : language is null ? source.Title : source.DisplayTitle(language);
        return new(id, title, source?.Publisher, baseUrl + SiteUrls.Source(language ?? SiteLanguage.English, id));
    }

    static IEnumerable<TimelineArticleRecord> Articles(TimelineEvent timelineEvent, ContentSnapshot snapshot, SiteLanguage language)
    {
        foreach (var key in timelineEvent.Articles)
        {
            if ((snapshot.FindArticleByKey(language, key) ?? snapshot.FindArticleByKey(language.Other, key)) is { } article)
            {
                yield return new(key, article.Metadata.Title, article.Language.Code, SiteUrls.Article(article.Language, article.Slug));
            }
        }
    }
}
