namespace SocialCreditExplainer.Content.Comparison;

/// <summary>How well a comparison cell is established.</summary>
public enum CellStatus
{
    Known,
    NotKnown,
    Unverified,
}
