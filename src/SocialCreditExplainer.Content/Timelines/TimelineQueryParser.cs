using System.Globalization;
using SocialCreditExplainer.Content.Loading;

namespace SocialCreditExplainer.Content.Timelines;

/// <summary>
/// Reads a <see cref="TimelineQuery"/> from query-string values (<c>country=china,thailand</c>,
/// <c>theme=pilots</c>, <c>from=-400</c>, <c>to=2025</c>, optionally <c>era=be</c>) and says exactly
/// what is wrong with bad ones. Links and the API carry CE years; <c>era=be</c> marks years a Thai
/// reader typed in the Buddhist Era, converted here so the rest of the site only sees CE.
/// </summary>
public static class TimelineQueryParser
{
    /// <summary>The largest year a reader may type, in either era.</summary>
    public const int MaxYear = 9999;

    /// <summary>The query, or every problem (one sentence each) when any value is bad.</summary>
    public static TimelineQueryResult Parse(
        IEnumerable<string?>? countries,
        IEnumerable<string?>? themes,
        string? from,
        string? to,
        string? era = null)
    {
        var problems = new List<TimelineQueryProblem>();
        var yearEra = ParseEra(era, problems);
        var countrySet = ParseSet<Country>(countries, "country", TimelineQueryProblemKind.UnknownCountry, problems, IsTimelineCountry);
        var themeSet = ParseSet<TimelineTheme>(themes, "theme", TimelineQueryProblemKind.UnknownTheme, problems, _ => true);
        var fromYear = ParseYear(from, "from", yearEra, problems);
        var toYear = ParseYear(to, "to", yearEra, problems);
        if (fromYear is not null && toYear is not null && fromYear > toYear)
        {
            problems.Add(new(
                "from",
                TimelineQueryProblemKind.FromAfterTo,
                Shorten(from!.Trim()),
                $"'from' ({Shorten(from.Trim())}) is after 'to' ({Shorten(to!.Trim())}); the start of a period cannot come after its end."));
        }

        return problems.Count > 0
            ? new(null, problems)
            : new(new TimelineQuery { Countries = countrySet, Themes = themeSet, FromYear = fromYear, ToYear = toYear }, problems);
    }

    /// <summary>The query-string values that reproduce a query (for plain links): CE years, no era.</summary>
    public static IEnumerable<KeyValuePair<string, string>> ToQueryString(TimelineQuery query)
    {
        foreach (var country in query.Countries.Order())
        {
            yield return new("country", KebabEnum.ToKebab(country));
        }

        foreach (var theme in query.Themes.Order())
        {
            yield return new("theme", KebabEnum.ToKebab(theme));
        }

        if (query.FromYear is { } from)
        {
            yield return new("from", from.ToString(CultureInfo.InvariantCulture));
        }

        if (query.ToYear is { } to)
        {
            yield return new("to", to.ToString(CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Countries with a timeline (the catalogue's "international" has none).</summary>
    public static bool IsTimelineCountry(Country country) => country != Country.International;

    /// <summary>
    /// The historical year (negative is BCE) for a Buddhist Era year: BE 2557 is 2014, BE 544 is
    /// 1 CE, BE 543 is 1 BCE and BE 188 is 356 BCE, because there is no year 0 between them.
    /// </summary>
    public static int FromBuddhistEra(int beYear)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(beYear, 1);
        return beYear >= 544 ? beYear - 543 : beYear - 544;
    }

    static YearEra ParseEra(string? era, List<TimelineQueryProblem> problems)
    {
        var text = era?.Trim();
        if (string.IsNullOrEmpty(text) || string.Equals(text, "ce", StringComparison.OrdinalIgnoreCase))
        {
            return YearEra.Common;
        }

        if (string.Equals(text, "be", StringComparison.OrdinalIgnoreCase))
        {
            return YearEra.Buddhist;
        }

        problems.Add(new("era", TimelineQueryProblemKind.UnknownEra, Shorten(text), $"Unknown era '{Shorten(text)}'; use ce (Common Era, the default) or be (Buddhist Era)."));
        return YearEra.Common;
    }

    static HashSet<T> ParseSet<T>(
        IEnumerable<string?>? values,
        string name,
        TimelineQueryProblemKind kind,
        List<TimelineQueryProblem> problems,
        Func<T, bool> allowed)
        where T : struct, Enum
    {
        var set = new HashSet<T>();
        var words = (values ?? []).SelectMany(v => (v ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        foreach (var word in words)
        {
            if (KebabEnum.TryParse<T>(word, out var value) && allowed(value))
            {
                set.Add(value);
            }
            else
            {
                var names = Enum.GetValues<T>().Where(allowed).Select(KebabEnum.ToKebab);
                problems.Add(new(name, kind, Shorten(word), $"Unknown {name} '{Shorten(word)}'; use one of: {string.Join(", ", names)}."));
            }
        }

        return set;
    }

    static int? ParseYear(string? text, string name, YearEra era, List<TimelineQueryProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        var parsed = int.TryParse(WithArabicDigits(trimmed), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var year);
        if (era == YearEra.Buddhist)
        {
            if (parsed && year is >= 1 and <= MaxYear)
            {
                return FromBuddhistEra(year);
            }

            problems.Add(new(name, TimelineQueryProblemKind.MalformedYear, Shorten(trimmed), $"'{name}' must be a Buddhist Era year from 1 to {MaxYear}, not '{Shorten(trimmed)}'."));
            return null;
        }

        if (parsed && year is >= -MaxYear and <= MaxYear and not 0)
        {
            return year;
        }

        var why = parsed && year == 0 ? " There is no year 0: 1 BCE (-1) is followed by 1 CE (1)." : string.Empty;
        problems.Add(new(
            name,
            TimelineQueryProblemKind.MalformedYear,
            Shorten(trimmed),
            $"'{name}' must be a whole year between -{MaxYear} and {MaxYear} other than 0 (negative years are BCE), not '{Shorten(trimmed)}'.{why}"));
        return null;
    }

    // Thai readers may type Thai digits (๒๕๖๗); they mean the same numbers.
    static string WithArabicDigits(string text) =>
        string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = c is >= '\u0E50' and <= '\u0E59' ? (char)('0' + (c - '\u0E50')) : c;
            }
        });

    static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
