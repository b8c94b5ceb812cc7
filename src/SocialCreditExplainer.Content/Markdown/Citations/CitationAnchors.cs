using System.Globalization;

namespace SocialCreditExplainer.Content.Markdown.Citations;

/// <summary>
/// The element ids citations use, so the page's reference list and the markers agree: marker
/// <c>[n]</c> links to <c>#ref-n</c>, and the reference list links back to each marker id.
/// </summary>
public static class CitationAnchors
{
    /// <summary>The id of source <paramref name="number"/>'s entry in the page's reference list: <c>ref-3</c>.</summary>
    public static string Reference(int number) =>
        "ref-" + number.ToString(CultureInfo.InvariantCulture);

    /// <summary>The id of the <paramref name="occurrence"/>-th marker citing source <paramref name="number"/>: <c>cite-ref-3-2</c>.</summary>
    public static string Marker(int number, int occurrence) =>
        string.Create(CultureInfo.InvariantCulture, $"cite-ref-{number}-{occurrence}");

    /// <summary>The id of that marker's tooltip: <c>cite-tip-3-2</c>.</summary>
    public static string Tooltip(int number, int occurrence) =>
        string.Create(CultureInfo.InvariantCulture, $"cite-tip-{number}-{occurrence}");
}
