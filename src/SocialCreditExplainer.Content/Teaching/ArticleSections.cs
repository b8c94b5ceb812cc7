using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using SocialCreditExplainer.Content.Articles;
using SocialCreditExplainer.Content.Markdown;

namespace SocialCreditExplainer.Content.Teaching;

/// <summary>
/// The parts of an article a teacher can assign on their own: its <c>##</c> sections, each with
/// the subsections under it, read from what the renderer already found (headings, sections,
/// paragraphs), never from the HTML.
/// </summary>
public static class ArticleSections
{
    /// <summary>The level of heading a reading list can point at.</summary>
    public const int AssignableLevel = 2;

    /// <summary>The <c>##</c> headings, in order.</summary>
    public static IReadOnlyList<ArticleHeading> Assignable(Article article) =>
        [.. article.Body.Headings.Where(h => h.Level == AssignableLevel)];

    /// <summary>The <c>##</c> heading with this id, or null.</summary>
    public static ArticleHeading? Find(Article article, string headingId) =>
        article.Body.Headings.FirstOrDefault(h => h.Level == AssignableLevel && string.Equals(h.Id, headingId, StringComparison.Ordinal));

    /// <summary>The text of a <c>##</c> section and of every subsection up to the next <c>##</c>.</summary>
    public static IReadOnlyList<ArticleSection> Parts(Article article, string headingId)
    {
        var sectionStarts = Assignable(article).Select(h => h.Id).ToHashSet(StringComparer.Ordinal);
        var parts = new List<ArticleSection>();
        var inside = false;
        foreach (var section in article.Body.Sections)
        {
            if (section.HeadingId is not null && sectionStarts.Contains(section.HeadingId))
            {
                if (inside)
                {
                    break;
                }

                inside = string.Equals(section.HeadingId, headingId, StringComparison.Ordinal);
            }

            if (inside)
            {
                parts.Add(section);
            }
        }

        return parts;
    }

    /// <summary>
    /// Counts per article, kept as long as the article is. Thai word breaking costs milliseconds
    /// per section and the builder shows every section of every article; an article never changes
    /// (a content edit makes a new one), so a count never goes stale.
    /// </summary>
    static readonly ConditionalWeakTable<Article, ConcurrentDictionary<string, int>> WordCounts = new();

    /// <summary>Words in a <c>##</c> section with its subsections (Thai counted in words).</summary>
    public static int WordCount(Article article, string headingId) =>
        WordCounts.GetOrCreateValue(article).GetOrAdd(
            headingId,
            id => WordCounter.Count(string.Join("\n", Parts(article, id).Select(p => p.Text))));

    /// <summary>
    /// The sources cited in a <c>##</c> section, in order of first citation. Paragraphs and sections
    /// both come in reading order, and a section's text is its paragraphs' text joined, so each
    /// paragraph is found in the first section (from the last match on) whose text holds it.
    /// </summary>
    public static IReadOnlyList<string> CitedSources(Article article, string headingId)
    {
        var sections = article.Body.Sections;
        var wanted = Parts(article, headingId).ToHashSet();
        if (wanted.Count == 0)
        {
            return [];
        }

        var sources = new List<string>();
        var sectionIndex = 0;
        var offset = 0;
        foreach (var paragraph in article.Body.Paragraphs)
        {
            for (var i = sectionIndex; i < sections.Count; i++)
            {
                var found = sections[i].Text.IndexOf(paragraph.Text, i == sectionIndex ? offset : 0, StringComparison.Ordinal);
                if (found >= 0)
                {
                    sectionIndex = i;
                    offset = found + paragraph.Text.Length;
                    break;
                }
            }

            if (wanted.Contains(sections[sectionIndex]))
            {
                sources.AddRange(paragraph.SourceIds.Where(id => !sources.Contains(id, StringComparer.Ordinal)));
            }
        }

        return sources;
    }
}
