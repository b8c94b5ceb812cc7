using SocialCreditExplainer.Content.Articles;
using SocialCreditExplainer.Content.Comparison;
using SocialCreditExplainer.Content.Glossary;
using SocialCreditExplainer.Content.Languages;
using SocialCreditExplainer.Content.Timelines;

namespace SocialCreditExplainer.Content.Sources;

/// <summary>"Cited in": for each source, every article paragraph, event, term and comparison cell citing it.</summary>
public sealed class CitationIndex
{
    static readonly IReadOnlyList<CitingPlace> None = [];
    readonly Dictionary<string, List<CitingPlace>> _places = new(StringComparer.Ordinal);

    public CitationIndex(
        IEnumerable<Article> articles,
        IEnumerable<TimelineEvent> events,
        IEnumerable<GlossaryTerm> terms,
        IEnumerable<ComparisonDimension> dimensions)
    {
        foreach (var article in articles)
        {
            foreach (var paragraph in article.Body.Paragraphs)
            {
                var label = $"{article.Metadata.Title} ¶ {Excerpt(paragraph.Text)}";
                var url = SiteUrls.Article(article.Language, article.Slug, paragraph.Id);
                foreach (var sourceId in paragraph.SourceIds.Distinct())
                {
                    Add(sourceId, new CitingPlace(CitingKind.ArticleParagraph, article.Language, label, url));
                }
            }
        }

        foreach (var language in SiteLanguage.All)
        {
            foreach (var timelineEvent in events)
            {
                var place = new CitingPlace(CitingKind.TimelineEvent, language, timelineEvent.Title[language], SiteUrls.TimelineEvent(language, timelineEvent.Id));
                foreach (var sourceId in timelineEvent.Sources.Distinct())
                {
                    Add(sourceId, place);
                }
            }

            foreach (var term in terms)
            {
                var place = new CitingPlace(CitingKind.GlossaryTerm, language, term.Term[language], SiteUrls.GlossaryTerm(language, term.Id));
                foreach (var sourceId in term.Sources.Distinct())
                {
                    Add(sourceId, place);
                }
            }

            foreach (var dimension in dimensions)
            {
                var place = new CitingPlace(CitingKind.ComparisonCell, language, dimension.Label[language], SiteUrls.Compare(language) + "#" + dimension.Id);
                foreach (var sourceId in dimension.China.Sources.Concat(dimension.Thailand.Sources).Distinct())
                {
                    Add(sourceId, place);
                }
            }
        }
    }

    /// <summary>Every place citing the source, in the given language.</summary>
    public IReadOnlyList<CitingPlace> PlacesCiting(string sourceId, SiteLanguage language) =>
        _places.TryGetValue(sourceId, out var places) ? places.Where(p => p.Language == language).ToList() : None;

    /// <summary>Whether anything cites the source at all.</summary>
    public bool IsCited(string sourceId) => _places.ContainsKey(sourceId);

    void Add(string sourceId, CitingPlace place)
    {
        if (!_places.TryGetValue(sourceId, out var places))
        {
            places = [];
            _places[sourceId] = places;
        }

        places.Add(place);
    }

    static string Excerpt(string text) => text.Length <= 80 ? text : text[..80].TrimEnd() + "…";
}
