using System.Text;

namespace SocialCreditExplainer.Content.Timelines.Export;

/// <summary>
/// The timeline as CSV (RFC 4180): a header row, one row per event in date order, CRLF line ends,
/// and a field quoted when it holds a comma, a quote or a line break (quotes doubled). Callers
/// write it as UTF-8 with a byte order mark so spreadsheet programs show Thai correctly.
/// </summary>
public static class TimelineCsv
{
    /// <summary>The column names, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "id", "country", "date_iso", "date_start", "date_end", "date_precision", "date_circa",
        "date_th", "date_en", "title_th", "title_en", "summary_th", "summary_en",
        "themes", "sources", "source_titles", "articles",
        "uncertain", "uncertain_note_th", "uncertain_note_en", "alternative_dates",
        "permalink_th", "permalink_en",
    ];

    /// <summary>The whole download as CSV text.</summary>
    public static string Write(TimelineDownload download)
    {
        var csv = new StringBuilder();
        WriteRow(csv, Columns);
        foreach (var e in download.Events)
        {
            WriteRow(csv,
            [
                e.Id, e.Country, e.Date.Iso, e.Date.Start, e.Date.End ?? string.Empty, e.Date.Precision, Bool(e.Date.Circa),
                e.DateText.Th, e.DateText.En, e.Title.Th, e.Title.En, e.Summary.Th, e.Summary.En,
                Join(e.Themes), Join(e.Sources.Select(s => s.Id)), Join(e.Sources.Select(s => s.Title ?? s.Id)), Join(e.Articles),
                Bool(e.Uncertain is not null), e.Uncertain?.Note.Th ?? string.Empty, e.Uncertain?.Note.En ?? string.Empty,
                Join(e.Uncertain?.Alternatives.Select(a => $"{a.Date.Iso} ({a.SourceId})") ?? []),
                e.Permalink.Th, e.Permalink.En,
            ]);
        }

        return csv.ToString();
    }

    /// <summary>One field, quoted when RFC 4180 requires it.</summary>
    public static string Field(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;

    static void WriteRow(StringBuilder csv, IEnumerable<string> fields)
    {
        csv.AppendJoin(',', fields.Select(Field));
        csv.Append("\r\n");
    }

    // Lists inside one field: "; " never occurs inside an id, a theme or a date (titles are for reading only).
    static string Join(IEnumerable<string> values) => string.Join("; ", values);

    static string Bool(bool value) => value ? "true" : "false";
}
