namespace SocialCreditExplainer.Web.Hosting;

/// <summary>
/// Response headers scored by the MDN HTTP Observatory. The policy allows scripts only from this
/// site (Blazor's own script is a file, not inline), no framing, and no plugin content.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>
    /// The Content-Security-Policy. Inline styles are allowed because Blazor's reconnection UI
    /// sets them; inline and evaluated scripts are not.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
        + "frame-ancestors 'none'; upgrade-insecure-requests";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                ApplyTo(context.Response.Headers);
                return Task.CompletedTask;
            });
            await next(context);
        });

    /// <summary>
    /// Sets the headers on one response. The middleware does it for every response that goes
    /// through the pipeline; the reading-page cache, which answers in front of it, for its 304s
    /// (its stored pages already carry the headers they were rendered with).
    /// </summary>
    public static void ApplyTo(IHeaderDictionary headers)
    {
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
    }
}
