using SocialCreditExplainer.Content.Dates;
using SocialCreditExplainer.Content.Loading;

namespace SocialCreditExplainer.Content.Timelines.Export;

/// <summary>
/// An event's date for machines: <see cref="Iso"/> is ISO 8601 in the Common Era (an interval for
/// a range), <see cref="Precision"/> is day, month, year or decade, <see cref="Circa"/> marks "about".
/// </summary>
public sealed record TimelineDateRecord(string Iso, string Start, string? End, string Precision, bool Circa)
{
    public static TimelineDateRecord From(DateSpan date) =>
        new(TimelineDates.ToIsoString(date), date.Start.ToIsoString(), date.End?.ToIsoString(), KebabEnum.ToKebab(date.Start.Precision), date.Circa);
}
