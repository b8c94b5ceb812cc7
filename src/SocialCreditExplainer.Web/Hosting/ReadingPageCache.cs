using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;
using SocialCreditExplainer.Web.Site;

namespace SocialCreditExplainer.Web.Hosting;

/// <summary>
/// Reading pages are the same for every reader until the content changes, so each one is
/// rendered once and then sent from <see cref="RenderedPageStore"/> (compressed, per encoding).
/// This runs near the front of the pipeline: a stored page is sent with its stored headers and
/// logged, and nothing else runs for it. That is what lets a cached page keep pace with nginx
/// (docs/decisions/0005-inline-io-for-cached-pages.md); ASP.NET Core's output cache, used before,
/// spent more on each hit than sending the page did.
/// A weak ETag names the content version and the UTC day, so a browser's conditional GET gets a
/// 304; the day is part of it because article pages print today's date as "date accessed".
/// Pages with a live circuit (the timeline island, search-as-you-type) are never stored: their
/// prerendered markup holds per-circuit state. Nor are handouts: they print today's date in the
/// server's time zone, which the UTC day of a stored page does not follow.
/// </summary>
public static class ReadingPageCache
{
    const string CacheControl = "public, max-age=300";

    public static IServiceCollection AddReadingPageCache(this IServiceCollection services)
    {
        services.AddSingleton<RenderedPageStore>();
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Optimal);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Optimal);
        return services;
    }

    /// <summary>Conditional GET, then a stored page, else the rest of the pipeline with its response kept.</summary>
    public static IApplicationBuilder UseReadingPageCache(this IApplicationBuilder app)
    {
        var store = app.ApplicationServices.GetRequiredService<RenderedPageStore>();
        var log = app.ApplicationServices.GetRequiredService<Serilog.ILogger>().ForContext(typeof(ReadingPageCache));
        return app.Use(async (context, next) =>
        {
            // Split once: the check below and a stored page's log event both read the segments.
            var segments = PageAddress.Segments(context.Request.Path.Value);
            if (!IsCacheable(context.Request, segments))
            {
                await next(context);
                return;
            }

            var started = Stopwatch.GetTimestamp();
            var generation = store.CurrentGeneration;
            if (IsNotModified(context.Request, generation))
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                context.Response.Headers.ETag = generation.ETag;
                SecurityHeaders.ApplyTo(context.Response.Headers);
                return;
            }

            var encoding = EncodingOf(context.Request);
            var key = RenderedPageStore.KeyOf(context.Request, encoding);
            if (store.Find(key, generation) is { } page)
            {
                await SendAsync(context, page, store.AgeOf(page));
                RequestLogEnrichment.LogStoredPage(log, context, segments, Stopwatch.GetElapsedTime(started));
                return;
            }

            await RenderAndKeepAsync(context, next, store, key, generation, encoding);
        });
    }

    static async Task SendAsync(HttpContext context, RenderedPage page, TimeSpan age)
    {
        var response = context.Response;
        var headers = response.Headers;
        foreach (var (name, value) in page.Headers)
        {
            headers[name] = value;
        }

        headers.Age = ((long)age.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        response.ContentLength = page.Body.Length;
        if (HttpMethods.IsHead(context.Request.Method))
        {
            return;
        }

        // Once the headers are out, a memory request larger than Kestrel's 4 KB blocks gets one
        // contiguous buffer, so the page goes to the socket as one piece rather than about fifty
        // blocks, each rented, pinned and returned: 12–14 % less CPU per stored page
        // (docs/decisions/0005-inline-io-for-cached-pages.md).
        await response.StartAsync();
        var writer = response.BodyWriter;
        page.Body.CopyTo(writer.GetMemory(page.Body.Length));
        writer.Advance(page.Body.Length);
        await writer.FlushAsync();
    }

    static async Task RenderAndKeepAsync(HttpContext context, RequestDelegate next, RenderedPageStore store,
        string key, PageGeneration generation, string encoding)
    {
        context.Response.OnStarting(() =>
        {
            if (context.Response.StatusCode == StatusCodes.Status200OK)
            {
                context.Response.Headers.ETag = generation.ETag;
                context.Response.Headers.CacheControl = CacheControl;
            }

            return Task.CompletedTask;
        });

        // A HEAD answer has no body to keep.
        if (HttpMethods.IsHead(context.Request.Method))
        {
            await next(context);
            return;
        }

        var (capture, scope) = ResponseCapture.Install(context, RenderedPageStore.MaxPageBytes);
        using (scope)
        {
            await next(context);
        }

        if (IsWorthKeeping(context, capture, encoding))
        {
            store.Keep(key, generation, StorableHeaders(context.Response.Headers), capture.Body);
        }
    }

    /// <summary>A whole, successful, shareable page, in the encoding its key says.</summary>
    static bool IsWorthKeeping(HttpContext context, ResponseCapture capture, string encoding)
    {
        var response = context.Response;
        return response.StatusCode == StatusCodes.Status200OK
            && capture.IsComplete
            && !context.RequestAborted.IsCancellationRequested
            && !response.Headers.ContainsKey(HeaderNames.SetCookie)
            && (response.Headers.ContentEncoding.Count == 0 ? "identity" : response.Headers.ContentEncoding.ToString()) == encoding;
    }

    // Date and Server are written per response by Kestrel; the length comes from the stored body.
    static readonly HashSet<string> PerResponseHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        HeaderNames.Date, HeaderNames.Server, HeaderNames.ContentLength, HeaderNames.TransferEncoding, HeaderNames.Age,
    };

    static KeyValuePair<string, StringValues>[] StorableHeaders(IHeaderDictionary headers) =>
        headers.Where(header => !PerResponseHeaders.Contains(header.Key)).ToArray();

    static bool IsNotModified(HttpRequest request, PageGeneration generation)
    {
        if (request.Headers.IfNoneMatch.Count == 0)
        {
            return false;
        }

        return EntityTagHeaderValue.TryParseList(request.Headers.IfNoneMatch, out var tags)
            && tags.Any(t => t.Compare(generation.Tag, useStrongComparison: false) || t.Equals(EntityTagHeaderValue.Any));
    }

    /// <summary>GET or HEAD of a reading page in a language: not an island page, a handout or an API call.</summary>
    static bool IsCacheable(HttpRequest request, string[] segments)
    {
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            return false;
        }

        return segments.Length > 0
            && Content.Languages.SiteLanguage.FromCode(segments[0]) is not null
            && (segments.Length < 2 || segments[1] is not ("timeline" or "search" or "language" or "teach"))
            && segments[^1] != "handout";
    }

    // One stored page per encoding the compression middleware would choose.
    static string EncodingOf(HttpRequest request)
    {
        var accept = request.Headers.AcceptEncoding.ToString();
        return accept.Contains("br", StringComparison.OrdinalIgnoreCase) ? "br"
            : accept.Contains("gzip", StringComparison.OrdinalIgnoreCase) ? "gzip"
            : "identity";
    }
}
