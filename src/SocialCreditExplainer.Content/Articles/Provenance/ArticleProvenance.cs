using SocialCreditExplainer.Content.Sources;

namespace SocialCreditExplainer.Content.Articles.Provenance;

/// <summary>
/// "How we know": what an article claims and what each claim rests on. Built from the paragraphs
/// the Markdown pipeline read from the syntax tree, so the claims' ids are the same permalink ids
/// the page shows.
/// </summary>
public sealed record ArticleProvenance
{
    /// <summary>Paragraphs that cite at least one catalogued source, in reading order.</summary>
    public required IReadOnlyList<ProvenanceClaim> Claims { get; init; }

    /// <summary>Every catalogued source the article cites, in reference order.</summary>
    public required IReadOnlyList<ClaimSource> Sources { get; init; }

    /// <summary>
    /// Sources cited only outside permalinked paragraphs (in table cells or quotations), which
    /// have no paragraph to point to but must still be counted.
    /// </summary>
    public required IReadOnlyList<ClaimSource> CitedOutsideParagraphs { get; init; }

    /// <summary>How many of the sources are of each kind, in the order of <see cref="EvidenceKind"/>; kinds with none are left out.</summary>
    public IReadOnlyList<KeyValuePair<EvidenceKind, int>> KindCounts =>
        [.. Sources.GroupBy(s => s.Kind).OrderBy(g => g.Key).Select(g => new KeyValuePair<EvidenceKind, int>(g.Key, g.Count()))];

    /// <summary>The provenance of an article, resolving source ids in <paramref name="snapshot"/>.</summary>
    public static ArticleProvenance Of(Article article, ContentSnapshot snapshot) => Of(article, snapshot.FindSource);

    /// <summary>
    /// The provenance of an article. Source ids the catalogue does not know are left out: content
    /// validation already reports them, and a reader cannot check a source we cannot name.
    /// </summary>
    public static ArticleProvenance Of(Article article, Func<string, Source?> findSource)
    {
        var byId = new Dictionary<string, ClaimSource>(StringComparer.Ordinal);
        foreach (var cited in article.Body.Citations)
        {
            if (findSource(cited.SourceId) is { } source)
            {
                byId.TryAdd(cited.SourceId, new ClaimSource(source, cited.Number, EvidenceKinds.Of(source.Type)));
            }
        }

        var claims = new List<ProvenanceClaim>();
        var inParagraphs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var paragraph in article.Body.Paragraphs)
        {
            var sources = paragraph.SourceIds
                .Distinct(StringComparer.Ordinal)
                .Select(id => byId.GetValueOrDefault(id))
                .OfType<ClaimSource>()
                .ToList();
            if (sources.Count == 0)
            {
                continue;
            }

            inParagraphs.UnionWith(sources.Select(s => s.Source.Id));
            claims.Add(new ProvenanceClaim(paragraph.Id, ClaimExcerpt.Of(paragraph.Text), sources));
        }

        var all = byId.Values.OrderBy(s => s.ReferenceNumber).ToList();
        return new ArticleProvenance
        {
            Claims = claims,
            Sources = all,
            CitedOutsideParagraphs = [.. all.Where(s => !inParagraphs.Contains(s.Source.Id))],
        };
    }
}
