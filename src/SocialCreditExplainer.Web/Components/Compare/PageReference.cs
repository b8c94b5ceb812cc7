using SocialCreditExplainer.Content.Sources;

namespace SocialCreditExplainer.Web.Components.Compare;

/// <summary>A numbered entry of a page's reference list, with the ids of every marker citing it.</summary>
public sealed class PageReference(int number, Source source)
{
    readonly List<string> _markerIds = [];

    public int Number { get; } = number;

    public Source Source { get; } = source;

    /// <summary>The markers citing this source, in reading order.</summary>
    public IReadOnlyList<string> MarkerIds => _markerIds;

    internal void AddMarker(string markerId) => _markerIds.Add(markerId);
}
