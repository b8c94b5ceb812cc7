using SocialCreditExplainer.Content;
using SocialCreditExplainer.Content.Languages;
using SocialCreditExplainer.Web.Site;

namespace SocialCreditExplainer.Web.Hosting;

/// <summary>
/// <c>/</c> sends readers to <c>/th/</c> or <c>/en/</c>; <c>/{lang}/language</c> records an explicit
/// choice in a cookie before following the switcher's link, so the next visit to <c>/</c> honours it.
/// </summary>
public static class LanguageRedirect
{
    public static void MapLanguageRedirect(this WebApplication app)
    {
        app.MapGet("/", (HttpContext http) =>
        {
            var language = LanguageNegotiator.Choose(
                http.Request.Cookies[LanguageNegotiator.CookieName],
                http.Request.Headers.AcceptLanguage.ToString());
            http.Response.Headers.Vary = "Accept-Language, Cookie";
            return Results.Redirect(SiteUrls.Home(language));
        });

        // The switcher links here: /en/language?to=/en/articles/x sets the cookie and redirects.
        app.MapGet("/{lang}/language", (HttpContext http, string lang, string? to) =>
        {
            if (SiteLanguage.FromCode(lang) is not { } language)
            {
                return Results.NotFound();
            }

            http.Response.Cookies.Append(LanguageNegotiator.CookieName, language.Code, new CookieOptions
            {
                HttpOnly = true,
                Secure = http.Request.IsHttps,
                SameSite = SameSiteMode.Lax,
                MaxAge = TimeSpan.FromDays(365),
                Path = "/",
            });
            return Results.Redirect(IsLocalPathIn(to, language) ? to! : SiteUrls.Home(language));
        });
    }

    // Only same-site paths in the chosen language, so the redirect cannot be turned into an open redirect.
    static bool IsLocalPathIn(string? to, SiteLanguage language) =>
        to is not null
        && to.StartsWith($"/{language.Code}/", StringComparison.Ordinal)
        && !to.StartsWith("//", StringComparison.Ordinal)
        && !to.Contains('\\', StringComparison.Ordinal);
}
