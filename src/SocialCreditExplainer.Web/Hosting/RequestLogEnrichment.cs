using System.Diagnostics;
using Serilog;
using Serilog.AspNetCore;
using Serilog.Events;
using Serilog.Parsing;
using SocialCreditExplainer.Content.Languages;
using SocialCreditExplainer.Web.Site;

namespace SocialCreditExplainer.Web.Hosting;

/// <summary>
/// One completion event per request, enriched with the page's language and, on article pages,
/// the article key, so logs can be filtered by what readers read. Serilog's request logging writes
/// it for every request but the reading pages sent from the page store, which never reach that
/// middleware; <see cref="LogStoredPage"/> writes the same event for those, marked PageStore.
/// </summary>
public static class RequestLogEnrichment
{
    // Serilog.AspNetCore's default, so both kinds of completion event read and parse alike.
    static readonly MessageTemplate CompletionTemplate =
        new MessageTemplateParser().Parse("HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms");

    /// <summary>Uses the host's logger (not the static one) and adds the reader's language and article.</summary>
    public static void Configure(RequestLoggingOptions options, IServiceProvider services)
    {
        options.Logger = services.GetRequiredService<Serilog.ILogger>();
        options.EnrichDiagnosticContext = Enrich;
    }

    /// <summary>The completion event of a page sent from the page store; <paramref name="segments"/> are its path's (<see cref="PageAddress.Segments"/>).</summary>
    public static void LogStoredPage(Serilog.ILogger logger, HttpContext http, string[] segments, TimeSpan elapsed)
    {
        if (!logger.IsEnabled(LogEventLevel.Information))
        {
            return;
        }

        var properties = new List<LogEventProperty>(7)
        {
            new("RequestMethod", new ScalarValue(http.Request.Method)),
            new("RequestPath", new ScalarValue(http.Request.Path.Value)),
            new("StatusCode", new ScalarValue(http.Response.StatusCode)),
            new("Elapsed", new ScalarValue(elapsed.TotalMilliseconds)),
            new("PageStore", new ScalarValue("hit")),
        };
        var (language, articleKey) = Describe(segments);
        if (language is not null)
        {
            properties.Add(new("Language", new ScalarValue(language)));
        }

        if (articleKey is not null)
        {
            properties.Add(new("ArticleKey", new ScalarValue(articleKey)));
        }

        // Serilog fills the trace and span in for events it builds; this one is built here, so
        // it takes them from the request's activity, as the middleware's events carry them.
        var activity = Activity.Current;
        logger.Write(new LogEvent(DateTimeOffset.Now, LogEventLevel.Information, null, CompletionTemplate, properties,
            activity?.TraceId ?? default, activity?.SpanId ?? default));
    }

    static void Enrich(IDiagnosticContext context, HttpContext http)
    {
        var (language, articleKey) = Describe(PageAddress.Segments(http.Request.Path.Value));
        if (language is not null)
        {
            context.Set("Language", language);
        }

        if (articleKey is not null)
        {
            context.Set("ArticleKey", articleKey);
        }
    }

    /// <summary>The language of a page address and, for an article, its key.</summary>
    static (string? Language, string? ArticleKey) Describe(string[] segments)
    {
        if (segments.Length == 0 || SiteLanguage.FromCode(segments[0]) is not { } language)
        {
            return (null, null);
        }

        return (language.Code, segments.Length > 2 && segments[1] == "articles" ? Uri.UnescapeDataString(segments[2]) : null);
    }
}
