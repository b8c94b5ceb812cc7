namespace SocialCreditExplainer.Content.Dates;

/// <summary>
/// Converts historical years to the Buddhist Era. BE = CE + 543 for CE years; BCE years have no
/// year 0 in between, so 1 BCE is BE 543 and 356 BCE is BE 188 (BE 1 is 543 BCE).
/// </summary>
public static class BuddhistEra
{
    /// <summary>The Buddhist Era year for a historical year (negative is BCE). Zero or less is before BE 1.</summary>
    public static int FromHistoricalYear(int year)
    {
        if (year == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(year), "There is no year 0.");
        }

        return year > 0 ? year + 543 : year + 544;
    }
}
