using SocialCreditExplainer.Content.Dates;

namespace SocialCreditExplainer.Content.Sources;

/// <summary>One entry of the source catalogue: a full bibliographic record with its excerpts.</summary>
public sealed record Source
{
    public required string Id { get; init; }

    public required SourceType Type { get; init; }

    /// <summary>The title in the source's own language.</summary>
    public required string Title { get; init; }

    public string? TitleEnglish { get; init; }

    public string? TitleThai { get; init; }

    public IReadOnlyList<string> Authors { get; init; } = [];

    public required string Publisher { get; init; }

    /// <summary>When it was published, as precisely as known; null when unknown.</summary>
    public HistoricalDate? Published { get; init; }

    /// <summary>Why the date is missing or disputed.</summary>
    public string? PublishedNote { get; init; }

    public string? Url { get; init; }

    /// <summary>Why there is no URL, or what locates the source instead.</summary>
    public string? UrlNote { get; init; }

    public string? ArchiveUrl { get; init; }

    public required DateOnly Accessed { get; init; }

    /// <summary>ISO 639-1 code of the source's language (en, th, zh, id...).</summary>
    public required string Language { get; init; }

    public required Country Country { get; init; }

    public required IReadOnlyList<SourceExcerpt> Excerpts { get; init; }

    /// <summary>A note on reliability: a mirror, a low-quality host, a disagreement.</summary>
    public string? Reliability { get; init; }

    public WikipediaReference? Wikipedia { get; init; }

    public ParliamentaryReference? Parliament { get; init; }

    /// <summary>The content file this record came from, for error messages.</summary>
    public required ContentLocation Location { get; init; }

    /// <summary>The title a reader of the given language sees first.</summary>
    public string DisplayTitle(Languages.SiteLanguage language) =>
        (language == Languages.SiteLanguage.Thai ? TitleThai : TitleEnglish) ?? Title;
}
