using SocialCreditExplainer.Content.Languages;

namespace SocialCreditExplainer.Content.Comparison;

/// <summary>A row of the Thailand–China comparison.</summary>
public sealed record ComparisonDimension
{
    public required string Id { get; init; }

    public required int Order { get; init; }

    public required LocalizedText Label { get; init; }

    public required ComparisonCell China { get; init; }

    public required ComparisonCell Thailand { get; init; }

    public required ContentLocation Location { get; init; }
}
