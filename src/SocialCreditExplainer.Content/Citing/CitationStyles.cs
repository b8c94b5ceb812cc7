using System.Globalization;
using SocialCreditExplainer.Content.Dates;

namespace SocialCreditExplainer.Content.Citing;

/// <summary>
/// Formats a <see cref="CitationRecord"/> as a reference in APA 7, MLA 9 and Chicago (notes and
/// bibliography, 17th ed.) style, as plain text in English, the language the styles are defined in.
/// </summary>
public static class CitationStyles
{
    /// <summary>APA 7: Author. (Date). Title [Translation]. Site. Retrieved Month Day, Year, from URL</summary>
    public static string Apa(CitationRecord r)
    {
        var author = r.Authors.Count > 0 ? ApaAuthors(r.Authors) : r.Publisher;
        var parts = new List<string>
        {
            Sentence(author),
            r.Published is null ? "(n.d.)." : $"({ApaDate(r.Published)}).",
            Sentence(r.TranslatedTitle is null ? r.Title : $"{r.Title} [{r.TranslatedTitle}]"),
        };

        // APA names the site or publisher only when it is not already the author.
        var site = r.Container ?? (r.Authors.Count > 0 ? r.Publisher : null);
        if (site is not null && site != author)
        {
            parts.Add(Sentence(site));
        }

        if (r.Url is not null)
        {
            parts.Add($"Retrieved {MonthDayYear(r.Accessed)}, from {r.Url}");
        }

        return string.Join(' ', parts);
    }

    /// <summary>MLA 9: Author. “Title.” Container, Date, URL. Accessed Day Mon. Year.</summary>
    public static string Mla(CitationRecord r)
    {
        var author = r.Authors.Count switch
        {
            0 => string.Empty,
            1 => Sentence(Inverted(r.Authors[0])) + " ",
            2 => Sentence($"{Inverted(r.Authors[0])}, and {r.Authors[1]}") + " ",
            _ => $"{Inverted(r.Authors[0])}, et al. ",
        };
        var details = new List<string> { r.Container ?? r.Publisher };
        if (r.Published is not null)
        {
            details.Add(DayMonthYear(r.Published));
        }

        if (r.Url is not null)
        {
            details.Add(StripScheme(r.Url));
        }

        return $"{author}{QuotedTitle(r)} {Sentence(string.Join(", ", details))} Accessed {DayMonthYear(r.Accessed)}.";
    }

    /// <summary>Chicago 17 bibliography: Author. “Title.” Site, Date. Accessed Month Day, Year. URL.</summary>
    public static string Chicago(CitationRecord r)
    {
        var author = r.Authors.Count switch
        {
            0 => r.Publisher,
            1 => Inverted(r.Authors[0]),
            _ => Inverted(r.Authors[0]) + ", " + string.Join(", ", r.Authors.Skip(1).SkipLast(1)) + (r.Authors.Count > 2 ? ", " : string.Empty) + "and " + r.Authors[^1],
        };
        var date = r.Published is null ? "n.d." : MonthDayYear(r.Published);

        // An organisation that is both author and site is named once.
        var site = r.Container ?? r.Publisher;
        var published = r.Authors.Count == 0 && site == r.Publisher ? date : $"{site}, {date}";
        var url = r.Url is null ? string.Empty : " " + Sentence(r.Url);
        return $"{Sentence(author)} {QuotedTitle(r)} {Sentence(published)} Accessed {MonthDayYear(r.Accessed)}.{url}";
    }

    // “Title.” or, with a translation, “Title” [Translation].
    static string QuotedTitle(CitationRecord r) =>
        r.TranslatedTitle is null
            ? $"\u201C{Sentence(r.Title)}\u201D"
            : $"\u201C{r.Title}\u201D [{r.TranslatedTitle}].";

    // Ends a part with a full stop unless it already ends with one (an initial, "Inc.", "?").
    static string Sentence(string text) =>
        text.EndsWith('.') || text.EndsWith('?') || text.EndsWith('!') ? text : text + ".";

    static string ApaAuthors(IReadOnlyList<string> authors) =>
        authors.Count == 1 ? ApaName(authors[0])
        : string.Join(", ", authors.SkipLast(1).Select(ApaName)) + ", & " + ApaName(authors[^1]);

    // "Rogier Creemers" → "Creemers, R."; a single word stays as written.
    static string ApaName(string name)
    {
        var parts = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length < 2 ? name : $"{parts[^1]}, {string.Join(" ", parts[..^1].Select(p => p[0] + "."))}";
    }

    static string Inverted(string name)
    {
        var parts = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length < 2 ? name : $"{parts[^1]}, {string.Join(" ", parts[..^1])}";
    }

    static string ApaDate(HistoricalDate d) => d.Precision switch
    {
        DatePrecision.Day => $"{Year(d)}, {Month(d.Month!.Value)} {Number(d.Day!.Value)}",
        DatePrecision.Month => $"{Year(d)}, {Month(d.Month!.Value)}",
        _ => Year(d),
    };

    static string DayMonthYear(HistoricalDate d) => d.Precision switch
    {
        DatePrecision.Day => $"{Number(d.Day!.Value)} {ShortMonth(d.Month!.Value)} {Year(d)}",
        DatePrecision.Month => $"{ShortMonth(d.Month!.Value)} {Year(d)}",
        _ => Year(d),
    };

    static string DayMonthYear(DateOnly d) => DayMonthYear(HistoricalDate.OfDay(d.Year, d.Month, d.Day));

    static string MonthDayYear(HistoricalDate d) => d.Precision switch
    {
        DatePrecision.Day => $"{Month(d.Month!.Value)} {Number(d.Day!.Value)}, {Year(d)}",
        DatePrecision.Month => $"{Month(d.Month!.Value)} {Year(d)}",
        _ => Year(d),
    };

    static string MonthDayYear(DateOnly d) => MonthDayYear(HistoricalDate.OfDay(d.Year, d.Month, d.Day));

    // Historical years: 356 BCE, never "-356"; a decade as "the 1950s" reads "1950s".
    static string Year(HistoricalDate d) => d switch
    {
        { IsBce: true } => Number(-d.Year) + " BCE",
        { Precision: DatePrecision.Decade } => Number(d.Year) + "s",
        _ => Number(d.Year),
    };

    static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    static string Month(int month) => CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);

    // MLA abbreviates months longer than four letters.
    static string ShortMonth(int month) => Month(month) is { Length: > 4 } name ? (month == 9 ? "Sept." : name[..3] + ".") : Month(month);

    static string StripScheme(string url) =>
        url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? url[8..]
        : url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ? url[7..]
        : url;
}
