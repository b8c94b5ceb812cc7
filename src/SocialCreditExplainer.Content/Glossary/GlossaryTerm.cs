using SocialCreditExplainer.Content.Languages;

namespace SocialCreditExplainer.Content.Glossary;

/// <summary>A glossary entry: the term in Thai, English and, where it applies, Chinese with pinyin.</summary>
public sealed record GlossaryTerm
{
    public required string Id { get; init; }

    public required LocalizedText Term { get; init; }

    public string? Chinese { get; init; }

    public string? Pinyin { get; init; }

    /// <summary>True when the Thai rendering is ours because no standard Thai term was found.</summary>
    public bool SuggestedThai { get; init; }

    public required LocalizedText Definition { get; init; }

    public required IReadOnlyList<string> Sources { get; init; }

    public required ContentLocation Location { get; init; }
}
