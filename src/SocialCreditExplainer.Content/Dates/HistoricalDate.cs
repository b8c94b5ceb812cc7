using System.Globalization;
using System.Text.RegularExpressions;

namespace SocialCreditExplainer.Content.Dates;

/// <summary>
/// A date known to a day, a month, a year or a decade. Years are historical: a negative year is
/// BCE and there is no year 0 (-356 is 356 BCE, the year before 1 CE is -1).
/// </summary>
public sealed partial record HistoricalDate
{
    HistoricalDate(int year, int? month, int? day, DatePrecision precision)
    {
        Year = year;
        Month = month;
        Day = day;
        Precision = precision;
    }

    /// <summary>The year; negative is BCE, never zero. For a decade, its first year.</summary>
    public int Year { get; }

    public int? Month { get; }

    public int? Day { get; }

    public DatePrecision Precision { get; }

    public bool IsBce => Year < 0;

    public static HistoricalDate OfDay(int year, int month, int day)
    {
        CheckYear(year);
        if (year > 0)
        {
            // Validates the month and the day, including 29 February.
            _ = new DateOnly(year, month, day);
        }
        else if (month is < 1 or > 12 || day < 1 || day > 31)
        {
            throw new ArgumentOutOfRangeException(nameof(day), "Not a calendar day.");
        }

        return new(year, month, day, DatePrecision.Day);
    }

    public static HistoricalDate OfMonth(int year, int month)
    {
        CheckYear(year);
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        return new(year, month, null, DatePrecision.Month);
    }

    public static HistoricalDate OfYear(int year)
    {
        CheckYear(year);
        return new(year, null, null, DatePrecision.Year);
    }

    public static HistoricalDate OfDecade(int firstYear)
    {
        CheckYear(firstYear);
        if (firstYear < 0 || firstYear % 10 != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(firstYear), "A decade starts at a CE year ending in 0.");
        }

        return new(firstYear, null, null, DatePrecision.Decade);
    }

    /// <summary>
    /// Reads <c>YYYY-MM-DD</c>, <c>YYYY-MM</c>, <c>YYYY</c>, <c>-YYYY</c> (BCE) or <c>YYYYs</c> (decade).
    /// </summary>
    public static bool TryParse(string? text, out HistoricalDate? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var match = DatePattern().Match(text.Trim());
        if (!match.Success)
        {
            return false;
        }

        try
        {
            var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
            if (match.Groups["decade"].Success)
            {
                date = OfDecade(year);
            }
            else if (match.Groups["day"].Success)
            {
                date = OfDay(year, Int(match, "month"), Int(match, "day"));
            }
            else if (match.Groups["month"].Success)
            {
                date = OfMonth(year, Int(match, "month"));
            }
            else
            {
                date = OfYear(year);
            }

            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }
    }

    /// <summary>
    /// The ISO 8601 form for machines (<c>datetime</c> attributes, JSON): CE, and for BCE years the
    /// astronomical numbering ISO uses (356 BCE is <c>-0355</c>).
    /// </summary>
    public string ToIsoString()
    {
        var isoYear = Year > 0 ? Year : Year + 1;
        var year = isoYear >= 0
            ? isoYear.ToString("0000", CultureInfo.InvariantCulture)
            : "-" + (-isoYear).ToString("0000", CultureInfo.InvariantCulture);
        return Precision switch
        {
            DatePrecision.Day => FormattableString.Invariant($"{year}-{Month:00}-{Day:00}"),
            DatePrecision.Month => FormattableString.Invariant($"{year}-{Month:00}"),
            _ => year,
        };
    }

    /// <summary>A value that orders dates in time (earliest first).</summary>
    public long SortKey
    {
        get
        {
            // Shift BCE years so that there is no gap at year 0.
            long astronomical = Year > 0 ? Year : Year + 1;
            return (astronomical * 13 + (Month ?? 0)) * 32 + (Day ?? 0);
        }
    }

    /// <summary>The last year this date covers (a decade covers ten).</summary>
    public int LastYear => Precision == DatePrecision.Decade ? Year + 9 : Year;

    public override string ToString() => ToIsoString();

    static void CheckYear(int year)
    {
        if (year == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(year), "There is no year 0.");
        }
    }

    static int Int(Match match, string group) =>
        int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<year>-?\d{1,4})(?:(?<decade>s)|-(?<month>\d{2})(?:-(?<day>\d{2}))?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();
}
