using SocialCreditExplainer.Content.Glossary;
using SocialCreditExplainer.Content.Languages;
using SocialCreditExplainer.Content.Sources;

namespace SocialCreditExplainer.Content.Markdown;

/// <summary>
/// What rendering one article needs to know about the rest of the content: the reader's language
/// and how to look up sources, glossary terms, articles and events by id. Lookups return null
/// for unknown ids; the renderer reports those as problems and renders something harmless.
/// </summary>
public sealed class ArticleRenderContext
{
    public required SiteLanguage Language { get; init; }

    public required Func<string, Source?> FindSource { get; init; }

    public required Func<string, GlossaryTerm?> FindTerm { get; init; }

    /// <summary>Maps an article key to its slug in <see cref="Language"/>; null when no such article.</summary>
    public required Func<string, string?> FindArticleSlug { get; init; }

    public required Func<string, bool> TimelineEventExists { get; init; }
}
