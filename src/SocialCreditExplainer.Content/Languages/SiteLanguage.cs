using System.Globalization;

namespace SocialCreditExplainer.Content.Languages;

/// <summary>
/// A language the site is published in. Owns its URL segment, its <c>lang</c> attribute and the
/// culture used to format dates for readers, so that "th" is never passed around as a string.
/// </summary>
public sealed class SiteLanguage : IEquatable<SiteLanguage>
{
    /// <summary>Thai: dates in the Buddhist Era, listed first because it is the site's home language.</summary>
    public static readonly SiteLanguage Thai = new("th", "ไทย", "Thai", "th-TH");

    /// <summary>English: dates in the Common Era.</summary>
    public static readonly SiteLanguage English = new("en", "English", "English", "en-GB");

    /// <summary>Every published language, Thai first.</summary>
    public static IReadOnlyList<SiteLanguage> All { get; } = [Thai, English];

    SiteLanguage(string code, string nativeName, string englishName, string cultureName)
    {
        Code = code;
        NativeName = nativeName;
        EnglishName = englishName;
        Culture = CultureInfo.GetCultureInfo(cultureName);
    }

    /// <summary>The URL segment and the value of <c>lang</c>: <c>th</c> or <c>en</c>.</summary>
    public string Code { get; }

    /// <summary>The language's name in itself, for the language switcher.</summary>
    public string NativeName { get; }

    /// <summary>The language's name in English.</summary>
    public string EnglishName { get; }

    /// <summary>The culture for reader-facing formatting (never for machine-readable values).</summary>
    public CultureInfo Culture { get; }

    /// <summary>The other published language (the site has exactly two).</summary>
    public SiteLanguage Other => ReferenceEquals(this, Thai) ? English : Thai;

    /// <summary>Finds a language by its code, ignoring case; null when it is not published.</summary>
    public static SiteLanguage? FromCode(string? code) =>
        string.Equals(code, "th", StringComparison.OrdinalIgnoreCase) ? Thai
        : string.Equals(code, "en", StringComparison.OrdinalIgnoreCase) ? English
        : null;

    public bool Equals(SiteLanguage? other) => ReferenceEquals(this, other);

    public override bool Equals(object? obj) => ReferenceEquals(this, obj);

    public override int GetHashCode() => Code.GetHashCode(StringComparison.Ordinal);

    public override string ToString() => Code;
}
