namespace SocialCreditExplainer.Content.Articles;

/// <summary>An article's front matter, as the author wrote it.</summary>
public sealed record ArticleMetadata
{
    public required string Title { get; init; }

    public required string Summary { get; init; }

    public required ArticleLevel Level { get; init; }

    public required DateOnly Updated { get; init; }

    public required int Order { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>A localised URL segment; the key is used when absent.</summary>
    public string? Slug { get; init; }

    public IReadOnlyList<string> Objectives { get; init; } = [];

    public IReadOnlyList<string> Questions { get; init; } = [];
}
