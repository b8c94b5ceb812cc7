using SocialCreditExplainer.Content.Dates;

namespace SocialCreditExplainer.Content.Timelines;

/// <summary>Machine-readable forms of an event's date.</summary>
public static class TimelineDates
{
    /// <summary>
    /// ISO 8601 in the Common Era: one date (<c>2014-06-14</c>, <c>2007-03</c>, <c>-0355</c>) or, for a
    /// range or a decade, an ISO 8601 interval of its ends (<c>2001/2004</c>, <c>-0355/-0337</c>,
    /// <c>1950/1959</c>), so a span is never passed off as its first year. Precision shows in the
    /// form: a year has no month, a month no day.
    /// </summary>
    public static string ToIsoString(DateSpan date)
    {
        var end = date.End ?? (date.Start.Precision == DatePrecision.Decade ? date.Start : null);
        return end is null ? date.Start.ToIsoString() : date.Start.ToIsoString() + "/" + EndIso(end);
    }

    // A decade ends with its last year.
    static string EndIso(HistoricalDate end) =>
        end.Precision == DatePrecision.Decade ? HistoricalDate.OfYear(end.LastYear).ToIsoString() : end.ToIsoString();
}
