using SocialCreditExplainer.Content.Sources;

namespace SocialCreditExplainer.Content.Markdown.Citations;

/// <summary>
/// Numbers the sources of one render in order of first citation; a source cited again keeps its
/// number. Its k-th marker gets the ids <c>cite-ref-n-k</c> and <c>cite-tip-n-k</c>.
/// </summary>
internal sealed class CitationNumbering(ArticleRenderContext context, RenderProblemLog problems)
{
    readonly Dictionary<string, CitedEntry> _bySource = new(StringComparer.Ordinal);
    readonly List<CitedEntry> _inOrder = [];
    readonly Dictionary<CitationInline, IReadOnlyList<CitationMarker>> _markers = new(ReferenceEqualityComparer.Instance);

    /// <summary>Resolves a marker (once; later calls return the same answer) and reports unknown ids.</summary>
    public IReadOnlyList<CitationMarker> Resolve(CitationInline citation)
    {
        if (_markers.TryGetValue(citation, out var resolved))
        {
            return resolved;
        }

        var markers = new List<CitationMarker>(citation.References.Count);
        foreach (var reference in citation.References)
        {
            if (!_bySource.TryGetValue(reference.SourceId, out var entry))
            {
                var source = context.FindSource(reference.SourceId);
                if (source is null)
                {
                    problems.Report(citation.Line, $"Unknown source '{reference.SourceId}' in citation [@{reference.SourceId}].");
                    markers.Add(CitationMarker.Missing(reference.SourceId));
                    continue;
                }

                entry = new CitedEntry(_inOrder.Count + 1, reference.SourceId, source);
                _bySource.Add(reference.SourceId, entry);
                _inOrder.Add(entry);
            }

            var occurrence = entry.MarkerIds.Count + 1;
            var markerId = CitationAnchors.Marker(entry.Number, occurrence);
            entry.MarkerIds.Add(markerId);
            markers.Add(new CitationMarker(
                reference.SourceId,
                entry.Source,
                entry.Number,
                reference.Locator,
                markerId,
                CitationAnchors.Tooltip(entry.Number, occurrence)));
        }

        _markers.Add(citation, markers);
        return markers;
    }

    /// <summary>What <see cref="Resolve"/> decided for a marker; null if it was never resolved.</summary>
    public IReadOnlyList<CitationMarker>? MarkersOf(CitationInline citation) => _markers.GetValueOrDefault(citation);

    public IReadOnlyList<CitedSource> CitedSources() =>
        [.. _inOrder.Select(e => new CitedSource(e.Number, e.SourceId, [.. e.MarkerIds]))];

    sealed class CitedEntry(int number, string sourceId, Source source)
    {
        public int Number { get; } = number;

        public string SourceId { get; } = sourceId;

        public Source Source { get; } = source;

        public List<string> MarkerIds { get; } = [];
    }
}
