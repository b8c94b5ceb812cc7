using Microsoft.Net.Http.Headers;
using SocialCreditExplainer.Content.Languages;

namespace SocialCreditExplainer.Web.Site;

/// <summary>
/// Picks the reader's language for <c>/</c>: an explicit earlier choice (cookie) wins, then the
/// browser's <c>Accept-Language</c> by quality, then Thai. Malformed headers and cookies are ignored.
/// </summary>
public static class LanguageNegotiator
{
    /// <summary>The cookie that remembers an explicit choice made with the language switcher.</summary>
    public const string CookieName = "lang";

    public static SiteLanguage Choose(string? cookie, string? acceptLanguage)
    {
        if (SiteLanguage.FromCode(cookie) is { } chosen)
        {
            return chosen;
        }

        if (!string.IsNullOrWhiteSpace(acceptLanguage)
            && StringWithQualityHeaderValue.TryParseList(acceptLanguage.Split(','), out var ranges))
        {
            // Stable order: by quality, then as the browser listed them.
            var best = ranges
                .Select((range, index) => (range, index))
                .Where(r => r.range.Quality is null or > 0)
                .OrderByDescending(r => r.range.Quality ?? 1)
                .ThenBy(r => r.index)
                .Select(r => SiteLanguage.FromCode(PrimaryTag(r.range.Value.Value)))
                .FirstOrDefault(language => language is not null);
            if (best is not null)
            {
                return best;
            }
        }

        return SiteLanguage.Thai;
    }

    static string? PrimaryTag(string? tag) => tag?.Split('-', 2)[0];
}
