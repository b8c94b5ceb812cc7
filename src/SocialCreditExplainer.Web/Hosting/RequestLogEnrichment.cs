using Serilog;
using Serilog.AspNetCore;
using SocialCreditExplainer.Content.Languages;
using SocialCreditExplainer.Web.Site;

namespace SocialCreditExplainer.Web.Hosting;

/// <summary>
/// One completion event per request, enriched with the page's language and, on article pages,
/// the article key, so logs can be filtered by what readers read.
/// </summary>
public static class RequestLogEnrichment
{
    /// <summary>Uses the host's logger (not the static one) and adds the reader's language and article.</summary>
    public static void Configure(RequestLoggingOptions options, IServiceProvider services)
    {
        options.Logger = services.GetRequiredService<Serilog.ILogger>();
        options.EnrichDiagnosticContext = Enrich;
    }

    static void Enrich(IDiagnosticContext context, HttpContext http)
    {
        var segments = PageAddress.Segments(http.Request.Path.Value);
        if (segments.Length > 0 && SiteLanguage.FromCode(segments[0]) is { } language)
        {
            context.Set("Language", language.Code);
            if (segments.Length > 2 && segments[1] == "articles")
            {
                context.Set("ArticleKey", Uri.UnescapeDataString(segments[2]));
            }
        }
    }
}
