using SocialCreditExplainer.Content.Languages;

namespace SocialCreditExplainer.Content.Dates;

/// <summary>
/// When something happened: one date or a range, possibly approximate ("c. 356–338 BCE").
/// Written in content as <c>2014-06-14</c>, <c>1950s</c>, <c>c. -356</c> or <c>2001..2004</c>.
/// </summary>
public sealed record DateSpan(HistoricalDate Start, HistoricalDate? End, bool Circa)
{
    const string CircaPrefix = "c.";

    /// <summary>Reads the content form; false when it is malformed or the range runs backwards.</summary>
    public static bool TryParse(string? text, out DateSpan? span)
    {
        span = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var rest = text.Trim();
        var circa = rest.StartsWith(CircaPrefix, StringComparison.Ordinal);
        if (circa)
        {
            rest = rest[CircaPrefix.Length..].Trim();
        }

        var parts = rest.Split("..", StringSplitOptions.TrimEntries);
        if (parts.Length > 2 || !HistoricalDate.TryParse(parts[0], out var start))
        {
            return false;
        }

        HistoricalDate? end = null;
        if (parts.Length == 2 && (!HistoricalDate.TryParse(parts[1], out end) || end!.SortKey < start!.SortKey))
        {
            return false;
        }

        span = new DateSpan(start!, end, circa);
        return true;
    }

    /// <summary>Parses the content form or throws <see cref="FormatException"/>.</summary>
    public static DateSpan Parse(string text) =>
        TryParse(text, out var span) ? span! : throw new FormatException($"'{text}' is not a date.");

    /// <summary>The first year covered.</summary>
    public int FirstYear => Start.Year;

    /// <summary>The last year covered.</summary>
    public int LastYear => (End ?? Start).LastYear;

    /// <summary>Whether any year of this span falls within [from, to] (either bound may be open).</summary>
    public bool Overlaps(int? fromYear, int? toYear) =>
        (fromYear is null || LastYear >= fromYear) && (toYear is null || FirstYear <= toYear);

    /// <summary>For reading: <c>c. 356–338 BCE</c>, <c>ประมาณ พ.ศ. 188–206</c>, <c>14 June 2014</c>.</summary>
    public string Format(SiteLanguage language)
    {
        var thai = language == SiteLanguage.Thai;
        var prefix = Circa ? (thai ? "ประมาณ " : "c. ") : string.Empty;
        if (End is null)
        {
            return prefix + WithEra(ReaderDateFormatter.Format(Start, language), Start, thai);
        }

        // "356–338 BCE" rather than "356 BCE–338 BCE" when both ends are plain years of one era.
        if (Start.Precision == DatePrecision.Year && End.Precision == DatePrecision.Year && Start.IsBce == End.IsBce)
        {
            var range = $"{YearNumber(Start.Year, language)}–{YearNumber(End.Year, language)}";
            return prefix + (thai ? "พ.ศ. " + range : End.IsBce ? range + " BCE" : range);
        }

        return prefix + WithEra(ReaderDateFormatter.Format(Start, language), Start, thai) + "–"
            + WithEra(ReaderDateFormatter.Format(End, language), End, thai);
    }

    static string WithEra(string formatted, HistoricalDate date, bool thai) =>
        thai && date.Precision == DatePrecision.Year && !formatted.StartsWith("ก่อน", StringComparison.Ordinal)
            ? "พ.ศ. " + formatted
            : formatted;

    static string YearNumber(int year, SiteLanguage language) =>
        language == SiteLanguage.Thai
            ? ReaderDateFormatter.Year(year, language)
            : Math.Abs(year).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
