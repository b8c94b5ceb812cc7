using SocialCreditExplainer.Content;
using SocialCreditExplainer.Content.Articles;
using SocialCreditExplainer.Content.Languages;
using SocialCreditExplainer.Content.Markdown;
using SocialCreditExplainer.Content.Sources;

namespace SocialCreditExplainer.Web.Tests.Journalists;

/// <summary>Small hand-made articles and snapshots for component tests that need dates or text the real content lacks.</summary>
internal static class MadeUpArticles
{
    public static Article Make(
        SiteLanguage language,
        DateOnly updated,
        string title = "Title",
        IReadOnlyList<CitedSource>? citations = null,
        string key = "what-is-social-credit") => new()
    {
        Key = key,
        Language = language,
        Metadata = new ArticleMetadata
        {
            Title = title,
            Summary = "Summary",
            Level = ArticleLevel.Introductory,
            Updated = updated,
            Order = 1,
        },
        Body = new RenderedArticle
        {
            Html = "<p>Body</p>",
            Headings = [],
            Citations = citations ?? [],
            Links = [],
            Paragraphs = [],
            Sections = [],
            Problems = [],
            PlainText = "Body",
        },
        WordCount = 1,
        ReadingMinutes = 1,
        Location = new ContentLocation($"articles/{key}/index.{language.Code}.md", 1),
    };

    public static ContentSnapshot Snapshot(IReadOnlyList<Article> articles, IReadOnlyList<Source>? sources = null) =>
        new(articles, sources ?? [], [], [], [], [], "test", DateTimeOffset.UnixEpoch);
}
