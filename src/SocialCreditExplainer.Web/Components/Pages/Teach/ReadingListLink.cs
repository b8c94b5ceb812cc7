using SocialCreditExplainer.Content;
using SocialCreditExplainer.Content.Languages;
using SocialCreditExplainer.Content.Teaching;

namespace SocialCreditExplainer.Web.Components.Pages.Teach;

/// <summary>
/// A reading list as it arrives in a link: decoded, then checked against the snapshot in the
/// reader's language. Exactly one of <see cref="Readings"/> and <see cref="Problem"/> is set.
/// </summary>
public sealed class ReadingListLink
{
    ReadingListLink(string? encoded, ReadingList? list, IReadOnlyList<ResolvedReading>? readings, ReadingListProblem? problem)
    {
        Encoded = encoded;
        List = list;
        Readings = readings;
        Problem = problem;
    }

    /// <summary>The text from the link, as given.</summary>
    public string? Encoded { get; }

    /// <summary>The decoded list; set even when its content check failed.</summary>
    public ReadingList? List { get; }

    public IReadOnlyList<ResolvedReading>? Readings { get; }

    public ReadingListProblem? Problem { get; }

    public static ReadingListLink Open(string? encoded, ContentSnapshot snapshot, SiteLanguage language)
    {
        if (!ReadingListCodec.TryDecode(encoded, out var list, out var problem))
        {
            return new(encoded, null, null, problem);
        }

        return ReadingListResolver.TryResolve(list, snapshot, language, out var readings, out problem)
            ? new(encoded, list, readings, null)
            : new(encoded, list, null, problem);
    }

    /// <summary>The list's title, or the default one when the teacher gave none.</summary>
    public string Title(TeachText text) => string.IsNullOrWhiteSpace(List?.Title) ? text.DefaultListTitle : List.Title;

    /// <summary>Whether the same list opens in the other language too (every article and section exists there).</summary>
    public bool OpensIn(SiteLanguage language, ContentSnapshot snapshot) =>
        List is not null && ReadingListResolver.TryResolve(List, snapshot, language, out _, out _);
}
