namespace SocialCreditExplainer.Content.Articles;

/// <summary>How much a reader needs to know before reading an article.</summary>
public enum ArticleLevel
{
    Introductory,
    InDepth,
}
