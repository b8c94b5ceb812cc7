using System.Globalization;
using SocialCreditExplainer.Content.Dates;

namespace SocialCreditExplainer.Content.Citing;

/// <summary>
/// Formats a <see cref="CitationRecord"/> as a reference in APA 7, MLA 9 and Chicago (notes and
/// bibliography, 17th ed.) style, as plain text in English, the language the styles are defined in.
/// </summary>
public static class CitationStyles
{
    public static string Apa(CitationRecord r)
    {
        var author = r.Authors.Count > 0 ? ApaAuthors(r.Authors) : r.Publisher;
        var date = r.Published is null ? "(n.d.)" : $"({ApaDate(r.Published)})";
        var publisher = r.Authors.Count > 0 || r.Container is not null ? $" {r.Container ?? r.Publisher}." : string.Empty;
        var url = r.Url is null ? string.Empty : $" Retrieved {Long(r.Accessed)}, from {r.Url}";
        return $"{author}. {date}. {r.Title}.{publisher}{url}".Replace("..", ".", StringComparison.Ordinal);
    }

    public static string Mla(CitationRecord r)
    {
        var author = r.Authors.Count switch
        {
            0 => string.Empty,
            1 => Inverted(r.Authors[0]) + ". ",
            2 => $"{Inverted(r.Authors[0])}, and {r.Authors[1]}. ",
            _ => $"{Inverted(r.Authors[0])}, et al. ",
        };
        var date = r.Published is null ? string.Empty : $", {DayMonthYear(r.Published)}";
        var url = r.Url is null ? string.Empty : $", {StripScheme(r.Url)}";
        return $"{author}\u201C{r.Title}.\u201D {r.Container ?? r.Publisher}{date}{url}. Accessed {DayMonthYear(r.Accessed)}.";
    }

    public static string Chicago(CitationRecord r)
    {
        var author = r.Authors.Count switch
        {
            0 => r.Publisher + ". ",
            1 => Inverted(r.Authors[0]) + ". ",
            _ => Inverted(r.Authors[0]) + ", " + string.Join(", ", r.Authors.Skip(1).SkipLast(1)) + (r.Authors.Count > 2 ? ", " : string.Empty) + "and " + r.Authors[^1] + ". ",
        };
        var date = r.Published is null ? "n.d." : MonthDayYear(r.Published);
        var url = r.Url is null ? string.Empty : $" {r.Url}.";
        return $"{author}\u201C{r.Title}.\u201D {r.Container ?? r.Publisher}, {date}. Accessed {MonthDayYear(r.Accessed)}.{url}";
    }

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
        DatePrecision.Day => $"{Year(d)}, {Month(d.Month!.Value)} {d.Day}",
        DatePrecision.Month => $"{Year(d)}, {Month(d.Month!.Value)}",
        _ => Year(d),
    };

    static string DayMonthYear(HistoricalDate d) => d.Precision switch
    {
        DatePrecision.Day => $"{d.Day} {ShortMonth(d.Month!.Value)} {Year(d)}",
        DatePrecision.Month => $"{ShortMonth(d.Month!.Value)} {Year(d)}",
        _ => Year(d),
    };

    static string DayMonthYear(DateOnly d) => DayMonthYear(HistoricalDate.OfDay(d.Year, d.Month, d.Day));

    static string MonthDayYear(HistoricalDate d) => d.Precision switch
    {
        DatePrecision.Day => $"{Month(d.Month!.Value)} {d.Day}, {Year(d)}",
        DatePrecision.Month => $"{Month(d.Month!.Value)} {Year(d)}",
        _ => Year(d),
    };

    static string MonthDayYear(DateOnly d) => MonthDayYear(HistoricalDate.OfDay(d.Year, d.Month, d.Day));

    static string Long(DateOnly d) => $"{Month(d.Month)} {d.Day}, {d.Year}";

    static string Year(HistoricalDate d) => d.Year.ToString(CultureInfo.InvariantCulture);

    static string Month(int month) => CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);

    // MLA abbreviates months longer than four letters.
    static string ShortMonth(int month) => Month(month) is { Length: > 4 } name ? (month == 9 ? "Sept." : name[..3] + ".") : Month(month);

    static string StripScheme(string url) => url.Replace("https://", string.Empty, StringComparison.Ordinal).Replace("http://", string.Empty, StringComparison.Ordinal);
}
