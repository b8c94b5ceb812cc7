using SocialCreditExplainer.Content.Dates;

namespace SocialCreditExplainer.Content.Citing;

/// <summary>What kind of work is cited, in the terms citation formats share.</summary>
public enum CitedWorkKind
{
    WebPage,
    Article,
    Report,
    Legislation,
    Encyclopedia,
    Hearing,
}

/// <summary>
/// The bibliographic facts every export format needs, gathered once from a source or from one of
/// our own pages, so APA, MLA, Chicago, BibTeX, RIS and CSL-JSON all say the same thing.
/// </summary>
public sealed record CitationRecord
{
    /// <summary>A stable key for BibTeX and CSL-JSON (ASCII, no spaces).</summary>
    public required string Key { get; init; }

    public required CitedWorkKind Kind { get; init; }

    /// <summary>The title as the work gives it, in the work's own language.</summary>
    public required string Title { get; init; }

    /// <summary>An English rendering of a title in another language, shown in square brackets after it.</summary>
    public string? TranslatedTitle { get; init; }

    /// <summary>Authors as written ("Rogier Creemers"); empty when the work names none.</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>The organisation behind the work; also the author when no person is named.</summary>
    public required string Publisher { get; init; }

    /// <summary>The site or periodical the work appears in, when it differs from the publisher.</summary>
    public string? Container { get; init; }

    public HistoricalDate? Published { get; init; }

    public string? Url { get; init; }

    public required DateOnly Accessed { get; init; }

    /// <summary>ISO 639-1 code of the work's language.</summary>
    public required string Language { get; init; }

    /// <summary>A note for the machine-readable formats (where the work is catalogued on this site).</summary>
    public string? Note { get; init; }
}
