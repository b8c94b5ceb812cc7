using SocialCreditExplainer.Content;
using SocialCreditExplainer.Content.Articles;
using SocialCreditExplainer.Content.Languages;

namespace SocialCreditExplainer.Web.Feeds;

/// <summary>What both feeds of one language list: its articles, most recently updated first.</summary>
public sealed record ArticleFeed(SiteLanguage Language, IReadOnlyList<Article> Articles, DateTimeOffset Updated)
{
    public static ArticleFeed For(ContentSnapshot snapshot, SiteLanguage language)
    {
        // Ties keep reading order, so the list is stable between requests.
        var articles = snapshot.ArticlesIn(language).OrderByDescending(a => a.Metadata.Updated).ToList();

        // The feed changes only when an article does, so its date comes from the articles, never the clock.
        var updated = articles.Count > 0 ? Timestamp(articles[0].Metadata.Updated) : snapshot.LoadedAt.ToUniversalTime();
        return new ArticleFeed(language, articles, updated);
    }

    /// <summary>An article's day as an instant: midnight UTC, since authors date updates to the day.</summary>
    public static DateTimeOffset Timestamp(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
