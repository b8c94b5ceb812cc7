using System.Globalization;
using SocialCreditExplainer.Content.Loading;

namespace SocialCreditExplainer.Content.Timelines;

/// <summary>
/// Reads a <see cref="TimelineQuery"/> from query-string values (<c>country=china,thailand</c>,
/// <c>theme=pilots</c>, <c>from=-400</c>, <c>to=2025</c>) and says exactly what is wrong with bad ones.
/// </summary>
public static class TimelineQueryParser
{
    /// <summary>The query, or the list of problems (one sentence each) when any value is bad.</summary>
    public static (TimelineQuery? Query, IReadOnlyList<string> Errors) Parse(
        IEnumerable<string?> countries,
        IEnumerable<string?> themes,
        string? from,
        string? to)
    {
        var errors = new List<string>();
        var countrySet = ParseSet<Country>(countries, "country", errors, c => c != Country.International);
        var themeSet = ParseSet<TimelineTheme>(themes, "theme", errors, _ => true);
        var fromYear = ParseYear(from, "from", errors);
        var toYear = ParseYear(to, "to", errors);
        if (fromYear is not null && toYear is not null && fromYear > toYear)
        {
            errors.Add($"'from' ({fromYear}) is after 'to' ({toYear}).");
        }

        return errors.Count > 0
            ? (null, errors)
            : (new TimelineQuery { Countries = countrySet, Themes = themeSet, FromYear = fromYear, ToYear = toYear }, errors);
    }

    /// <summary>The query-string values that reproduce a query (for plain links).</summary>
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

    static HashSet<T> ParseSet<T>(IEnumerable<string?> values, string name, List<string> errors, Func<T, bool> allowed)
        where T : struct, Enum
    {
        var set = new HashSet<T>();
        foreach (var word in values.SelectMany(v => (v ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (KebabEnum.TryParse<T>(word, out var value) && allowed(value))
            {
                set.Add(value);
            }
            else
            {
                var names = KebabEnum.Names<T>().Where(n => KebabEnum.TryParse<T>(n, out var v) && allowed(v));
                errors.Add($"Unknown {name} '{Truncate(word)}'; use one of: {string.Join(", ", names)}.");
            }
        }

        return set;
    }

    static int? ParseYear(string? text, string name, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var year) && year is >= -9999 and <= 9999 and not 0)
        {
            return year;
        }

        errors.Add($"'{name}' must be a year between -9999 and 9999 other than 0 (negative years are BCE), not '{Truncate(text)}'.");
        return null;
    }

    static string Truncate(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
