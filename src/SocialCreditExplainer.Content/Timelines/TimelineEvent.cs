using SocialCreditExplainer.Content.Dates;
using SocialCreditExplainer.Content.Languages;

namespace SocialCreditExplainer.Content.Timelines;

/// <summary>One dated, cited event in China's or Thailand's timeline.</summary>
public sealed record TimelineEvent
{
    /// <summary>Stable id, also the permalink anchor.</summary>
    public required string Id { get; init; }

    public required Country Country { get; init; }

    public required DateSpan Date { get; init; }

    public required LocalizedText Title { get; init; }

    public required LocalizedText Summary { get; init; }

    public required IReadOnlyList<TimelineTheme> Themes { get; init; }

    public required IReadOnlyList<string> Sources { get; init; }

    public IReadOnlyList<string> Articles { get; init; } = [];

    public Uncertainty? Uncertain { get; init; }

    public required ContentLocation Location { get; init; }
}
