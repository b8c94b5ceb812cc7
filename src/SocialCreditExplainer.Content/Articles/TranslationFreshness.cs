namespace SocialCreditExplainer.Content.Articles;

/// <summary>
/// Decides when a reader should be told that the other language version of an article was
/// updated after the one they are reading, so that a stale translation is never mistaken for the
/// current text. Only the authors' <c>updated</c> dates are compared: the rule is deliberately
/// simple so that an author can predict it.
/// </summary>
public static class TranslationFreshness
{
    /// <summary>
    /// Whether a version last updated on <paramref name="thisUpdated"/> may be out of date because
    /// its translation was updated later. No translation, or one updated on the same day or
    /// earlier, means no notice.
    /// </summary>
    public static bool IsOutdated(DateOnly thisUpdated, DateOnly? translationUpdated) =>
        translationUpdated is { } other && other > thisUpdated;

    /// <summary>The translation to point the reader to when it is newer than <paramref name="article"/>; otherwise null.</summary>
    public static Article? NewerTranslation(Article article, Article? translation) =>
        translation is not null
        && translation.Key == article.Key
        && translation.Language != article.Language
        && IsOutdated(article.Metadata.Updated, translation.Metadata.Updated)
            ? translation
            : null;

    /// <summary>The newer translation of <paramref name="article"/> in <paramref name="snapshot"/>, if any.</summary>
    public static Article? NewerTranslation(ContentSnapshot snapshot, Article article) =>
        NewerTranslation(article, snapshot.TranslationOf(article));
}
