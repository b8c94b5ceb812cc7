using SocialCreditExplainer.Content.Articles;
using SocialCreditExplainer.Content.Comparison;
using SocialCreditExplainer.Content.Glossary;
using SocialCreditExplainer.Content.Languages;
using SocialCreditExplainer.Content.Markdown;
using SocialCreditExplainer.Content.Sources;
using SocialCreditExplainer.Content.Timelines;

namespace SocialCreditExplainer.Content.Loading;

/// <summary>
/// Builds a <see cref="ContentSnapshot"/> from the content folder. A file with errors is left out
/// and reported with its path and line; when a previous snapshot is given, that file's last good
/// items are kept instead, so a broken edit never takes content away from readers.
/// </summary>
public sealed class ContentLoader(ArticleRenderer renderer, TimeProvider time)
{
    public ContentLoader()
        : this(new ArticleRenderer(), TimeProvider.System)
    {
    }

    public ContentSnapshot Load(string contentRoot, ContentSnapshot? previous = null)
    {
        var files = new ContentFiles(contentRoot);
        var log = new ProblemLog();
        if (!Directory.Exists(files.Root))
        {
            log.Error(new ContentLocation(contentRoot, 1), "The content folder does not exist.");
        }

        var sources = LoadYamlFolder(files, log, "sources", "*.yaml", previous?.Sources, s => s.Location,
            (map, path) => SourceReader.Read(map, Path.GetFileNameWithoutExtension(path)) is { } s ? [s] : []);
        sources = RemoveDuplicates(sources, s => s.Id, s => s.Location, "source id", log);

        var glossary = LoadYamlFolder(files, log, "glossary", "*.yaml", previous?.Glossary, t => t.Location,
            (map, _) => GlossaryReader.Read(map));
        glossary = RemoveDuplicates(glossary, t => t.Id, t => t.Location, "glossary term id", log);

        var events = LoadYamlFolder(files, log, "timelines", "*.yaml", previous?.TimelineEvents, e => e.Location,
            (map, _) => TimelineReader.Read(map));
        events = RemoveDuplicates(events, e => e.Id, e => e.Location, "timeline event id", log);

        var comparison = LoadYamlFolder(files, log, "comparison", "*.yaml", previous?.Comparison, d => d.Location,
            (map, _) => ComparisonReader.Read(map));
        comparison = RemoveDuplicates(comparison, d => d.Id, d => d.Location, "comparison dimension id", log);

        var sourceIds = sources.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        events = [.. events.Where(e => CitesKnownSources(e.Id, e.Sources.Concat(e.Uncertain?.Alternatives.Select(a => a.SourceId) ?? []), e.Location, sourceIds, log))];
        glossary = [.. glossary.Where(t => CitesKnownSources(t.Id, t.Sources, t.Location, sourceIds, log))];
        comparison = [.. comparison.Where(d => CitesKnownSources(d.Id, d.China.Sources.Concat(d.Thailand.Sources), d.Location, sourceIds, log))];

        var articles = LoadArticles(files, log, previous, sources, glossary, events);
        var citations = new CitationIndex(articles, events, glossary, comparison);
        CheckCrossReferences(articles, sources, events, citations, log);
        return new ContentSnapshot(articles, sources, events, glossary, comparison, [.. log.Problems], files.Fingerprint(), time.GetUtcNow(), citations);
    }

    static List<T> LoadYamlFolder<T>(
        ContentFiles files,
        ProblemLog log,
        string folder,
        string pattern,
        IEnumerable<T>? previousItems,
        Func<T, ContentLocation> locate,
        Func<YamlMap, string, IEnumerable<T>> read)
    {
        var items = new List<T>();
        foreach (var path in files.List(folder, pattern))
        {
            var relative = files.Relative(path);
            var mark = log.Mark();
            var map = YamlFile.Parse(files.Read(path), relative, log);
            var fromFile = map is null ? [] : read(map, path).ToList();
            var lastGood = previousItems?.Where(i => locate(i).File == relative).ToList() ?? [];
            if (log.HasErrorsSince(mark) && lastGood.Count > 0)
            {
                log.Warning(new ContentLocation(relative, 1), "Keeping the last good version of this file until its errors are fixed.");
                items.AddRange(lastGood);
            }
            else
            {
                items.AddRange(fromFile);
            }
        }

        return items;
    }

    List<Article> LoadArticles(
        ContentFiles files,
        ProblemLog log,
        ContentSnapshot? previous,
        IReadOnlyList<Source> sources,
        IReadOnlyList<GlossaryTerm> glossary,
        IReadOnlyList<TimelineEvent> events)
    {
        var parsed = new List<ParsedArticle>();
        var kept = new List<Article>();
        var folder = Path.Combine(files.Root, ArticleFile.FolderName);
        IEnumerable<string> keys = Directory.Exists(folder) ? Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal) : [];
        foreach (var keyFolder in keys)
        {
            var key = Path.GetFileName(keyFolder);
            foreach (var language in SiteLanguage.All)
            {
                var path = Path.Combine(keyFolder, ArticleFile.FileName(language));
                if (!File.Exists(path))
                {
                    continue;
                }

                var relative = files.Relative(path);
                var article = ArticleReader.Read(files.Read(path), key, language, relative, renderer.Pipeline, log);
                var lastGood = previous?.Articles.FirstOrDefault(a => a.Location.File == relative);
                if (article is not null)
                {
                    parsed.Add(article);
                }
                else if (lastGood is not null)
                {
                    log.Warning(new ContentLocation(relative, 1), "Keeping the last good version of this article until its errors are fixed.");
                    kept.Add(lastGood);
                }
            }
        }

        var sourceById = sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var termById = glossary.ToDictionary(t => t.Id, StringComparer.Ordinal);
        var eventIds = events.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var slugs = parsed.Select(p => (p.Language, p.Key, Slug: p.Metadata.Slug ?? p.Key))
            .Concat(kept.Select(a => (a.Language, a.Key, a.Slug)))
            .ToList();

        var rendered = new List<Article>(kept);
        foreach (var article in parsed)
        {
            var context = new ArticleRenderContext
            {
                Language = article.Language,
                FindSource = id => sourceById.GetValueOrDefault(id),
                FindTerm = id => termById.GetValueOrDefault(id),
                FindArticleSlug = key => slugs.FirstOrDefault(s => s.Key == key && s.Language == article.Language).Slug
                    ?? slugs.FirstOrDefault(s => s.Key == key).Key,
                TimelineEventExists = eventIds.Contains,
            };
            var body = renderer.Render(article.Document, context);
            foreach (var problem in body.Problems)
            {
                log.Error(new ContentLocation(article.Location.File, problem.Line + article.BodyLineOffset), problem.Message);
            }

            var words = WordCounter.Count(body.PlainText);
            rendered.Add(new Article
            {
                Key = article.Key,
                Language = article.Language,
                Metadata = article.Metadata,
                Body = body,
                WordCount = words,
                ReadingMinutes = WordCounter.ReadingMinutes(words),
                Location = article.Location,
            });
        }

        return rendered;
    }

    static List<T> RemoveDuplicates<T>(List<T> items, Func<T, string> id, Func<T, ContentLocation> locate, string what, ProblemLog log)
    {
        var seen = new Dictionary<string, T>(StringComparer.Ordinal);
        var unique = new List<T>();
        foreach (var item in items)
        {
            if (seen.TryGetValue(id(item), out var first))
            {
                log.Error(locate(item), $"Duplicate {what} '{id(item)}' (first defined at {locate(first)}).");
                continue;
            }

            seen[id(item)] = item;
            unique.Add(item);
        }

        return unique;
    }

    static bool CitesKnownSources(string id, IEnumerable<string> cited, ContentLocation location, HashSet<string> sourceIds, ProblemLog log)
    {
        var unknown = cited.Where(s => !sourceIds.Contains(s)).Distinct().ToList();
        foreach (var sourceId in unknown)
        {
            log.Error(location, $"'{id}' cites unknown source '{sourceId}'; add it to content/sources/ or fix the id.");
        }

        return unknown.Count == 0;
    }

    static void CheckCrossReferences(
        IReadOnlyList<Article> articles,
        IReadOnlyList<Source> sources,
        IReadOnlyList<TimelineEvent> events,
        CitationIndex citations,
        ProblemLog log)
    {
        var versions = articles.Select(a => (a.Language, a.Key)).ToHashSet();
        var keys = articles.Select(a => a.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var timelineEvent in events)
        {
            foreach (var key in timelineEvent.Articles.Where(k => !keys.Contains(k)))
            {
                log.Error(timelineEvent.Location, $"Event '{timelineEvent.Id}' links to unknown article '{key}'.");
            }
        }

        foreach (var article in articles.Where(a => !versions.Contains((a.Language.Other, a.Key))))
        {
            log.Warning(article.Location, $"'{article.Key}' has no {article.Language.Other.EnglishName} version yet; readers are shown the {article.Language.EnglishName} one.");
        }

        foreach (var source in sources.Where(s => !citations.IsCited(s.Id)))
        {
            log.Warning(source.Location, $"Source '{source.Id}' is not cited anywhere.");
        }
    }
}
