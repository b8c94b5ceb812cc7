using System.Text;
using SocialCreditExplainer.Content;
using SocialCreditExplainer.Content.Articles;
using SocialCreditExplainer.Content.Dates;
using SocialCreditExplainer.Content.Glossary;
using SocialCreditExplainer.Content.Languages;
using SocialCreditExplainer.Content.Sources;
using SocialCreditExplainer.Content.Timelines;

namespace SocialCreditExplainer.Search;

/// <summary>
/// Turns a <see cref="ContentSnapshot"/> into the documents the search index is built from:
/// one per article section, timeline event, glossary term and source, in each language, each
/// pointing at the exact place on the site (a heading anchor, an event's permalink).
/// </summary>
public static class ContentSearchDocuments
{
    /// <summary>
    /// Sources quote the same names the explanations use but explain less, so they rank a little
    /// below an article section or a glossary entry with the same words.
    /// </summary>
    public const float SourceBoost = 0.8f;

    /// <summary>Every searchable place in the snapshot, in both languages.</summary>
    public static IReadOnlyList<SearchDocument> From(ContentSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var documents = new List<SearchDocument>();
        foreach (var article in snapshot.Articles)
        {
            documents.AddRange(FromArticle(article));
        }

        foreach (var language in SiteLanguage.All)
        {
            documents.AddRange(snapshot.TimelineEvents.Select(e => FromEvent(e, language)));
            documents.AddRange(snapshot.Glossary.Select(t => FromTerm(t, language)));
            documents.AddRange(snapshot.Sources.Select(s => FromSource(s, language)));
        }

        return documents;
    }

    /// <summary>One document per section: the text before the first heading, then each heading's text.</summary>
    public static IEnumerable<SearchDocument> FromArticle(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var language = ToSearchLanguage(article.Language);
        var code = article.Language.Code;
        var usedIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var section in article.Body.Sections)
        {
            var isIntroduction = string.IsNullOrEmpty(section.HeadingId);

            // The introduction stands for the whole article, so it carries the title and summary;
            // a later section is named by its heading, with the article's title for context.
            var title = isIntroduction || string.IsNullOrWhiteSpace(section.HeadingText)
                ? article.Metadata.Title
                : $"{section.HeadingText} — {article.Metadata.Title}";
            var body = isIntroduction ? JoinText(article.Metadata.Summary, section.Text) : section.Text;
            if (string.IsNullOrWhiteSpace(body) && !isIntroduction && string.IsNullOrWhiteSpace(section.HeadingText))
            {
                continue;
            }

            var id = $"{code}:article:{article.Key}#{section.HeadingId}";
            for (var n = 2; !usedIds.Add(id); n++)
            {
                id = $"{code}:article:{article.Key}#{section.HeadingId}~{n}";
            }

            yield return new SearchDocument(
                id,
                SearchDocumentType.ArticleSection,
                language,
                title,
                body,
                SiteUrls.Article(article.Language, article.Slug, isIntroduction ? null : section.HeadingId));
        }
    }

    /// <summary>An event in one language: its date as a reader sees it, its summary, any doubt about it.</summary>
    public static SearchDocument FromEvent(TimelineEvent timelineEvent, SiteLanguage language)
    {
        ArgumentNullException.ThrowIfNull(timelineEvent);
        ArgumentNullException.ThrowIfNull(language);
        return new SearchDocument(
            $"{language.Code}:event:{timelineEvent.Id}",
            SearchDocumentType.TimelineEvent,
            ToSearchLanguage(language),
            timelineEvent.Title[language],
            $"{timelineEvent.Date.Format(language)} — {JoinText(timelineEvent.Summary[language], timelineEvent.Uncertain?.Note[language])}",
            SiteUrls.TimelineEvent(language, timelineEvent.Id));
    }

    /// <summary>
    /// A glossary term in one language. Each name the term goes by is a keyword: the forms its
    /// title lists (see <see cref="TermNames"/>), the term in the other language, the Chinese and
    /// the pinyin, because readers type whichever of them they met first.
    /// </summary>
    public static SearchDocument FromTerm(GlossaryTerm term, SiteLanguage language)
    {
        ArgumentNullException.ThrowIfNull(term);
        ArgumentNullException.ThrowIfNull(language);
        return new SearchDocument(
            $"{language.Code}:term:{term.Id}",
            SearchDocumentType.GlossaryTerm,
            ToSearchLanguage(language),
            term.Term[language],
            term.Definition[language],
            SiteUrls.GlossaryTerm(language, term.Id))
        {
            Keywords =
            [
                .. TermNames.Split(term.Term[language])
                    .Concat(TermNames.Split(term.Term[language.Other]))
                    .Concat(NonEmpty(term.Chinese, term.Pinyin))
                    .Distinct(StringComparer.Ordinal),
            ],
        };
    }

    /// <summary>
    /// A source in one language: its title as that language's reader sees it, with the publisher,
    /// authors, date and excerpts as the body, and its other titles as keywords.
    /// </summary>
    public static SearchDocument FromSource(Source source, SiteLanguage language)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(language);
        var body = new StringBuilder();
        body.AppendJoin(", ", NonEmpty(source.Authors.Count > 0 ? string.Join(", ", source.Authors) : null, source.Publisher,
            source.Published is { } published ? ReaderDateFormatter.Format(published, language) : null));
        foreach (var excerpt in source.Excerpts)
        {
            body.Append("\n\"").Append(excerpt.Quote).Append("\" (").Append(excerpt.Location).Append(')');
        }

        var title = source.DisplayTitle(language);
        return new SearchDocument(
            $"{language.Code}:source:{source.Id}",
            SearchDocumentType.Source,
            ToSearchLanguage(language),
            title,
            JoinText(body.ToString(), source.Reliability),
            SiteUrls.Source(language, source.Id))
        {
            Keywords = [.. NonEmpty(source.Title, source.TitleEnglish, source.TitleThai).Where(t => t != title).Distinct(StringComparer.Ordinal)],
            Boost = SourceBoost,
        };
    }

    /// <summary>The search language for a site language.</summary>
    public static SearchLanguage ToSearchLanguage(SiteLanguage language) =>
        language == SiteLanguage.Thai ? SearchLanguage.Thai : SearchLanguage.English;

    static string JoinText(params string?[] parts) => string.Join("\n", NonEmpty(parts));

    static string[] NonEmpty(params string?[] parts) =>
        [.. parts.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim())];
}
