namespace SocialCreditExplainer.Content.Dates;

/// <summary>How precisely a date is known; a date is never shown more precisely than this.</summary>
public enum DatePrecision
{
    Day,
    Month,
    Year,
    Decade,
}
