using SocialCreditExplainer.Content;
using SocialCreditExplainer.Content.Markdown.Citations;

namespace SocialCreditExplainer.Web.Components.Compare;

/// <summary>
/// Numbers the sources cited by a page built from structured content (the comparison table, the
/// glossary) the way an article numbers its citations: in order of first citation, with a marker
/// and tooltip id per citation (<see cref="CitationAnchors"/>), so the page's reference list can
/// link back to every marker. Call <see cref="Cite"/> in reading order before rendering.
/// </summary>
public sealed class PageCitations(ContentSnapshot snapshot)
{
    readonly Dictionary<string, PageReference> _bySource = new(StringComparer.Ordinal);
    readonly List<PageReference> _references = [];

    /// <summary>Every source cited so far, numbered, in order of first citation.</summary>
    public IReadOnlyList<PageReference> References => _references;

    /// <summary>The markers for one cell or entry citing <paramref name="sourceIds"/>, in the order given.</summary>
    public IReadOnlyList<PageCitation> Cite(IEnumerable<string> sourceIds)
    {
        var citations = new List<PageCitation>();
        foreach (var sourceId in sourceIds.Distinct(StringComparer.Ordinal))
        {
            // The loader leaves out anything citing an unknown source; this only guards a bad snapshot.
            if (snapshot.FindSource(sourceId) is not { } source)
            {
                citations.Add(new PageCitation(sourceId, null, 0, string.Empty, string.Empty));
                continue;
            }

            if (!_bySource.TryGetValue(sourceId, out var reference))
            {
                reference = new PageReference(_references.Count + 1, source);
                _bySource[sourceId] = reference;
                _references.Add(reference);
            }

            var occurrence = reference.MarkerIds.Count + 1;
            var markerId = CitationAnchors.Marker(reference.Number, occurrence);
            reference.AddMarker(markerId);
            citations.Add(new PageCitation(sourceId, source, reference.Number, markerId, CitationAnchors.Tooltip(reference.Number, occurrence)));
        }

        return citations;
    }
}
