using SocialCreditExplainer.Content.Citing;
using SocialCreditExplainer.Content.Dates;

namespace SocialCreditExplainer.Content.Tests.Citing;

/// <summary>Citation records shaped like the catalogue's: one with an author, one with only a publisher, one undated.</summary>
public static class CitationSamples
{
    public static readonly DateOnly Accessed = new(2026, 11, 26);

    /// <summary>A translation with a named translator, known to the month.</summary>
    public static CitationRecord WithAuthor { get; } = new()
    {
        Key = "creemers2007opinions",
        Kind = CitedWorkKind.Report,
        Title = "Some Opinions concerning the Construction of a Social Credit System",
        Authors = ["Rogier Creemers"],
        Publisher = "China Copyright and Media",
        Published = HistoricalDate.OfMonth(2007, 3),
        Url = "https://chinacopyrightandmedia.wordpress.com/2007/03/23/opinions/",
        Accessed = Accessed,
        Language = "en",
    };

    /// <summary>A government document: the organisation is the author; known to the day.</summary>
    public static CitationRecord PublisherOnly { get; } = new()
    {
        Key = "planningoutline2014",
        Kind = CitedWorkKind.Report,
        Title = "Planning Outline for the Construction of a Social Credit System (2014-2020)",
        Publisher = "State Council",
        Published = HistoricalDate.OfDay(2014, 6, 14),
        Url = "https://example.org/outline",
        Accessed = Accessed,
        Language = "en",
    };

    /// <summary>A copy whose date is not recorded.</summary>
    public static CitationRecord Undated { get; } = new()
    {
        Key = "pinesbookoflordshang",
        Kind = CitedWorkKind.Article,
        Title = "The Ideology of the Shangjun shu",
        Authors = ["Yuri Pines"],
        Publisher = "docslib.org (copy)",
        Url = "https://docslib.org/doc/6008997/ideology",
        Accessed = Accessed,
        Language = "en",
    };
}
