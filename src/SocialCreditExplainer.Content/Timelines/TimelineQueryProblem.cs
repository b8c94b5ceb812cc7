namespace SocialCreditExplainer.Content.Timelines;

/// <summary>What is wrong with one value of a timeline query.</summary>
public enum TimelineQueryProblemKind
{
    UnknownCountry,
    UnknownTheme,
    MalformedYear,
    FromAfterTo,
    UnknownEra,
    UnknownLanguage,
}

/// <summary>
/// One bad value in a timeline query: the parameter, the value as given (shortened) and an English
/// sentence for API clients. Pages word it in the reader's language from <see cref="Kind"/>.
/// </summary>
public sealed record TimelineQueryProblem(string Parameter, TimelineQueryProblemKind Kind, string Value, string Detail);
