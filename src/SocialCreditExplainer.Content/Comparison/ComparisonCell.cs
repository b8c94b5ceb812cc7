using SocialCreditExplainer.Content.Languages;

namespace SocialCreditExplainer.Content.Comparison;

/// <summary>What one country's system does on one dimension, with the sources behind it.</summary>
public sealed record ComparisonCell(CellStatus Status, LocalizedText Text, IReadOnlyList<string> Sources);
