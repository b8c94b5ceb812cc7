using System.Globalization;
using SocialCreditExplainer.Content.Languages;

namespace SocialCreditExplainer.Content.Dates;

/// <summary>
/// Formats dates for readers: Thai in the Buddhist Era (<c>13 ตุลาคม 2561</c>), English in the
/// Common Era (<c>13 October 2018</c>, <c>356 BCE</c>). Machine-readable forms use
/// <see cref="HistoricalDate.ToIsoString"/> instead.
/// </summary>
public static class ReaderDateFormatter
{
    static readonly string[] ThaiMonths =
    [
        "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
        "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
    ];

    static readonly string[] EnglishMonths =
    [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ];

    /// <summary>A calendar day, e.g. <c>13 ตุลาคม 2561</c> or <c>13 October 2018</c>.</summary>
    public static string Format(DateOnly date, SiteLanguage language) =>
        Format(HistoricalDate.OfDay(date.Year, date.Month, date.Day), language);

    /// <summary>A date as precisely as it is known.</summary>
    public static string Format(HistoricalDate date, SiteLanguage language)
    {
        var year = Year(date.Year, language);
        return date.Precision switch
        {
            DatePrecision.Day => $"{date.Day!.Value.ToString(CultureInfo.InvariantCulture)} {Month(date.Month!.Value, language)} {year}",
            DatePrecision.Month => $"{Month(date.Month!.Value, language)} {year}",
            DatePrecision.Decade => Decade(date, language),
            _ => year,
        };
    }

    /// <summary>A year alone: <c>พ.ศ. 2561</c> is written <c>2561</c> in Thai running text.</summary>
    public static string Year(int historicalYear, SiteLanguage language)
    {
        if (language == SiteLanguage.Thai)
        {
            var be = BuddhistEra.FromHistoricalYear(historicalYear);
            return be >= 1
                ? be.ToString(CultureInfo.InvariantCulture)
                : "ก่อน พ.ศ. " + (1 - be).ToString(CultureInfo.InvariantCulture);
        }

        return historicalYear > 0
            ? historicalYear.ToString(CultureInfo.InvariantCulture)
            : (-historicalYear).ToString(CultureInfo.InvariantCulture) + " BCE";
    }

    /// <summary>A month name in the reader's language.</summary>
    public static string Month(int month, SiteLanguage language) =>
        (language == SiteLanguage.Thai ? ThaiMonths : EnglishMonths)[month - 1];

    static string Decade(HistoricalDate date, SiteLanguage language) =>
        language == SiteLanguage.Thai
            ? $"ช่วง พ.ศ. {Year(date.Year, language)}–{Year(date.LastYear, language)}"
            : $"the {date.Year.ToString(CultureInfo.InvariantCulture)}s";
}
