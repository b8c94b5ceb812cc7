using SocialCreditExplainer.Content.Sources;

namespace SocialCreditExplainer.Content.Markdown.Citations;

/// <summary>
/// One source in one citation marker, as a render resolved it: its number and element ids, or
/// <see cref="Source"/> null when the id is not in the catalogue.
/// </summary>
internal sealed record CitationMarker(
    string SourceId,
    Source? Source,
    int Number,
    string? Locator,
    string MarkerId,
    string TooltipId)
{
    public static CitationMarker Missing(string sourceId) => new(sourceId, null, 0, null, string.Empty, string.Empty);
}
