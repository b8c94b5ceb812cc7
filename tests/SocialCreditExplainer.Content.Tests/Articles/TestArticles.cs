using SocialCreditExplainer.Content.Articles;
using SocialCreditExplainer.Content.Languages;
using SocialCreditExplainer.Content.Tests.Markdown.Support;

namespace SocialCreditExplainer.Content.Tests.Articles;

/// <summary>Real <see cref="Article"/> records rendered by the real pipeline over the small test catalogue.</summary>
internal static class TestArticles
{
    public static Article Make(SiteLanguage language, DateOnly updated, string markdown = "ย่อหน้าเดียว", string key = "what-is-social-credit") => new()
    {
        Key = key,
        Language = language,
        Metadata = new ArticleMetadata
        {
            Title = language == SiteLanguage.Thai ? "เครดิตสังคมคืออะไร" : "What is social credit?",
            Summary = "summary",
            Level = ArticleLevel.Introductory,
            Updated = updated,
            Order = 1,
        },
        Body = Spec.Render(markdown, language),
        WordCount = 10,
        ReadingMinutes = 1,
        Location = new ContentLocation($"articles/{key}/index.{language.Code}.md", 1),
    };
}
