using SocialCreditExplainer.Content.Languages;
using SocialCreditExplainer.Content.Markdown;

namespace SocialCreditExplainer.Content.Articles;

/// <summary>One language version of an article, rendered once when the snapshot is built.</summary>
public sealed record Article
{
    /// <summary>The folder name that links the translations (<c>what-is-social-credit</c>).</summary>
    public required string Key { get; init; }

    public required SiteLanguage Language { get; init; }

    public required ArticleMetadata Metadata { get; init; }

    public required RenderedArticle Body { get; init; }

    /// <summary>Words in the body; Thai is counted in words by a word segmenter, not in characters.</summary>
    public required int WordCount { get; init; }

    public required int ReadingMinutes { get; init; }

    public required ContentLocation Location { get; init; }

    /// <summary>The URL segment: the localised slug or the key.</summary>
    public string Slug => Metadata.Slug ?? Key;
}
