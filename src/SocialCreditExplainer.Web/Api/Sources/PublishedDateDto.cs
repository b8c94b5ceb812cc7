using SocialCreditExplainer.Content.Dates;
using SocialCreditExplainer.Content.Loading;

namespace SocialCreditExplainer.Web.Api.Sources;

/// <summary>A publication date as precisely as it is known: ISO 8601 in the Common Era (<c>2007-03</c>) and its precision.</summary>
/// <param name="Date">ISO 8601, CE; BCE years in astronomical numbering (<c>-0355</c> is 356 BCE).</param>
/// <param name="Precision"><c>day</c>, <c>month</c> or <c>year</c>.</param>
public sealed record PublishedDateDto(string Date, string Precision)
{
    public static PublishedDateDto? From(HistoricalDate? date) =>
        date is null ? null : new(date.ToIsoString(), KebabEnum.ToKebab(date.Precision));
}
