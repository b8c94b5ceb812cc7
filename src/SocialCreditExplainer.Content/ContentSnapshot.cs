using SocialCreditExplainer.Content.Articles;
using SocialCreditExplainer.Content.Comparison;
using SocialCreditExplainer.Content.Glossary;
using SocialCreditExplainer.Content.Languages;
using SocialCreditExplainer.Content.Sources;
using SocialCreditExplainer.Content.Timelines;

namespace SocialCreditExplainer.Content;

/// <summary>
/// Everything the site shows, loaded, checked and rendered once, then never changed. A content
/// change builds a new snapshot that replaces this one as a whole, so a request never sees half
/// of an update.
/// </summary>
public sealed class ContentSnapshot
{
    readonly Dictionary<(SiteLanguage, string), Article> _articlesBySlug = [];
    readonly Dictionary<(SiteLanguage, string), Article> _articlesByKey = [];
    readonly Dictionary<string, Source> _sources;
    readonly Dictionary<string, GlossaryTerm> _terms;
    readonly Dictionary<string, TimelineEvent> _events;

    public ContentSnapshot(
        IReadOnlyList<Article> articles,
        IReadOnlyList<Source> sources,
        IReadOnlyList<TimelineEvent> events,
        IReadOnlyList<GlossaryTerm> glossary,
        IReadOnlyList<ComparisonDimension> comparison,
        IReadOnlyList<ContentProblem> problems,
        string version,
        DateTimeOffset loadedAt,
        CitationIndex? citations = null)
    {
        Articles = [.. articles.OrderBy(a => a.Metadata.Order).ThenBy(a => a.Key, StringComparer.Ordinal)];
        Sources = [.. sources.OrderBy(s => s.Id, StringComparer.Ordinal)];
        TimelineEvents = [.. events.OrderBy(e => e.Date.Start.SortKey).ThenBy(e => e.Id, StringComparer.Ordinal)];
        Glossary = glossary;
        Comparison = [.. comparison.OrderBy(d => d.Order)];
        Problems = problems;
        Version = version;
        LoadedAt = loadedAt;

        foreach (var article in Articles)
        {
            _articlesByKey[(article.Language, article.Key)] = article;
            _articlesBySlug[(article.Language, article.Slug)] = article;
        }

        _sources = Sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
        _terms = glossary.ToDictionary(t => t.Id, StringComparer.Ordinal);
        _events = TimelineEvents.ToDictionary(e => e.Id, StringComparer.Ordinal);
        Citations = citations ?? new CitationIndex(Articles, TimelineEvents, glossary, Comparison);
    }

    /// <summary>All article versions, in reading order.</summary>
    public IReadOnlyList<Article> Articles { get; }

    public IReadOnlyList<Source> Sources { get; }

    /// <summary>Both countries' events, earliest first.</summary>
    public IReadOnlyList<TimelineEvent> TimelineEvents { get; }

    public IReadOnlyList<GlossaryTerm> Glossary { get; }

    public IReadOnlyList<ComparisonDimension> Comparison { get; }

    /// <summary>Problems found while loading; errors left their item out.</summary>
    public IReadOnlyList<ContentProblem> Problems { get; }

    /// <summary>A fingerprint of the content files, for cache keys and ETags.</summary>
    public string Version { get; }

    public DateTimeOffset LoadedAt { get; }

    public CitationIndex Citations { get; }

    /// <summary>The article versions in one language, in reading order.</summary>
    public IEnumerable<Article> ArticlesIn(SiteLanguage language) => Articles.Where(a => a.Language == language);

    /// <summary>Finds an article by its slug in that language, or by its key.</summary>
    public Article? FindArticle(SiteLanguage language, string slugOrKey) =>
        _articlesBySlug.GetValueOrDefault((language, slugOrKey)) ?? _articlesByKey.GetValueOrDefault((language, slugOrKey));

    /// <summary>An article in any language by slug or key (for "not translated yet" pages).</summary>
    public Article? FindArticleInAnyLanguage(string slugOrKey) =>
        SiteLanguage.All.Select(l => FindArticle(l, slugOrKey)).FirstOrDefault(a => a is not null);

    public Article? FindArticleByKey(SiteLanguage language, string key) => _articlesByKey.GetValueOrDefault((language, key));

    /// <summary>The same article in the other language, or null when it is not translated.</summary>
    public Article? TranslationOf(Article article) => FindArticleByKey(article.Language.Other, article.Key);

    public Source? FindSource(string id) => _sources.GetValueOrDefault(id);

    public GlossaryTerm? FindTerm(string id) => _terms.GetValueOrDefault(id);

    public TimelineEvent? FindEvent(string id) => _events.GetValueOrDefault(id);
}
