using SocialCreditExplainer.Content;
using SocialCreditExplainer.Content.Sources;

namespace SocialCreditExplainer.Web.Components.Handouts;

/// <summary>A numbered entry of a handout's reference list; the source is null only for an id the catalogue lacks.</summary>
public sealed record HandoutReference(int Number, string SourceId, Source? Source)
{
    /// <summary>Numbers the sources in the order given, each once, looking each up in the snapshot.</summary>
    public static IReadOnlyList<HandoutReference> InOrder(IEnumerable<string> sourceIds, ContentSnapshot snapshot) =>
        [.. sourceIds.Distinct(StringComparer.Ordinal).Select((id, i) => new HandoutReference(i + 1, id, snapshot.FindSource(id)))];
}
