using SocialCreditExplainer.Content;
using SocialCreditExplainer.Content.Loading;
using SocialCreditExplainer.Content.Sources;

namespace SocialCreditExplainer.Web.Citing;

/// <summary>
/// Narrows the source catalogue by country, by the source's language and by type, as read from a
/// query string (<c>?country=china&amp;language=zh&amp;type=news</c>). Shared by the sources page and the API.
/// </summary>
public sealed record SourceFilter(Country? Country, string? Language, SourceType? Type)
{
    /// <summary>No filter: every source.</summary>
    public static SourceFilter None { get; } = new(null, null, null);

    /// <summary>The query-string words for countries: <c>china</c>, <c>thailand</c>, <c>international</c>.</summary>
    public static IReadOnlyList<string> CountryNames { get; } = [.. KebabEnum.Names<Country>()];

    /// <summary>The query-string words for types: <c>government-document</c> and so on.</summary>
    public static IReadOnlyList<string> TypeNames { get; } = [.. KebabEnum.Names<SourceType>()];

    public bool IsEmpty => this == None;

    /// <summary>The languages the catalogue's sources are in, as ISO 639-1 codes in order.</summary>
    public static IReadOnlyList<string> LanguagesIn(ContentSnapshot snapshot) =>
        [.. snapshot.Sources.Select(s => s.Language).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    /// <summary>
    /// Reads the three query values. A blank value means "any"; an unknown one is left out of the
    /// filter and reported in <paramref name="errors"/> under its parameter name.
    /// </summary>
    public static SourceFilter Parse(string? country, string? language, string? type, IReadOnlyCollection<string> knownLanguages, out Dictionary<string, string[]> errors)
    {
        errors = [];
        Country? parsedCountry = null;
        if (!string.IsNullOrWhiteSpace(country))
        {
            if (KebabEnum.TryParse<Country>(country, out var c))
            {
                parsedCountry = c;
            }
            else
            {
                errors["country"] = [$"Unknown country '{country}'. Use one of: {string.Join(", ", CountryNames)}."];
            }
        }

        string? parsedLanguage = null;
        if (!string.IsNullOrWhiteSpace(language))
        {
            parsedLanguage = knownLanguages.FirstOrDefault(l => string.Equals(l, language.Trim(), StringComparison.OrdinalIgnoreCase));
            if (parsedLanguage is null)
            {
                errors["language"] = [$"Unknown source language '{language}'. Use one of: {string.Join(", ", knownLanguages)}."];
            }
        }

        SourceType? parsedType = null;
        if (!string.IsNullOrWhiteSpace(type))
        {
            if (KebabEnum.TryParse<SourceType>(type, out var t))
            {
                parsedType = t;
            }
            else
            {
                errors["type"] = [$"Unknown source type '{type}'. Use one of: {string.Join(", ", TypeNames)}."];
            }
        }

        return new SourceFilter(parsedCountry, parsedLanguage, parsedType);
    }

    /// <summary>The sources that pass every part of the filter, in the given order.</summary>
    public IEnumerable<Source> Apply(IEnumerable<Source> sources) =>
        sources.Where(s =>
            (Country is null || s.Country == Country)
            && (Language is null || s.Language == Language)
            && (Type is null || s.Type == Type));

    /// <summary>The filter's country as its query-string word, or null.</summary>
    public string? CountryName => Country is { } c ? KebabEnum.ToKebab(c) : null;
}
