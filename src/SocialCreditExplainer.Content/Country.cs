namespace SocialCreditExplainer.Content;

/// <summary>Which system a source, an event or a comparison cell is about.</summary>
public enum Country
{
    China,
    Thailand,
    International,
}
