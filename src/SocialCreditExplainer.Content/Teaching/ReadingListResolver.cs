using System.Diagnostics.CodeAnalysis;
using SocialCreditExplainer.Content.Articles;
using SocialCreditExplainer.Content.Languages;
using SocialCreditExplainer.Content.Markdown;

namespace SocialCreditExplainer.Content.Teaching;

/// <summary>
/// Checks a decoded list against the content a reader sees now (in their language) and gathers
/// what the list pages show for each reading. A link made before an article or section was
/// removed or renamed fails here with the key or heading it names, never later in a page.
/// </summary>
public static class ReadingListResolver
{
    public static bool TryResolve(
        ReadingList list,
        ContentSnapshot snapshot,
        SiteLanguage language,
        [NotNullWhen(true)] out IReadOnlyList<ResolvedReading>? readings,
        [NotNullWhen(false)] out ReadingListProblem? problem)
    {
        readings = null;
        var resolved = new List<ResolvedReading>(list.Items.Count);
        foreach (var item in list.Items)
        {
            if (snapshot.FindArticleByKey(language, item.ArticleKey) is not { } article)
            {
                problem = new ReadingListProblem(ReadingListError.UnknownArticle, item.ArticleKey);
                return false;
            }

            if (item.HeadingId is null)
            {
                resolved.Add(new ResolvedReading(article, null, article.ReadingMinutes, [.. article.Body.Citations.Select(c => c.SourceId)]));
                continue;
            }

            if (ArticleSections.Find(article, item.HeadingId) is not { } heading)
            {
                problem = new ReadingListProblem(ReadingListError.UnknownSection, item.ToFormValue());
                return false;
            }

            var minutes = WordCounter.ReadingMinutes(ArticleSections.WordCount(article, heading.Id));
            resolved.Add(new ResolvedReading(article, heading, minutes, ArticleSections.CitedSources(article, heading.Id)));
        }

        readings = resolved;
        problem = null;
        return true;
    }
}

/// <summary>One reading of a list as a reader sees it: the article, the section if only one is assigned, and its length.</summary>
public sealed record ResolvedReading(Article Article, ArticleHeading? Section, int ReadingMinutes, IReadOnlyList<string> CitedSourceIds)
{
    /// <summary>The reading's page, at the section when only a section is assigned.</summary>
    public string Url => SiteUrls.Article(Article.Language, Article.Slug, Section?.Id);
}
