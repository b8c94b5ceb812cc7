using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Net.Http.Headers;
using SocialCreditExplainer.Web.Site;

namespace SocialCreditExplainer.Web.Hosting;

/// <summary>
/// Reading pages are the same for every reader until the content changes, so their rendered HTML
/// is cached (compressed, per encoding) and tagged with the content; a new snapshot evicts the
/// tag. A weak ETag carries the content version so a browser's conditional GET gets a 304.
/// Both also carry the UTC day, because article pages print today's date as "date accessed"
/// in their citations.
/// Pages with a live circuit (the timeline island, search-as-you-type) are never cached: their
/// prerendered markup holds per-circuit state.
/// </summary>
public static class ReadingPageCache
{
    public const string PolicyName = "reading";
    const string ContentTag = "content";

    public static IServiceCollection AddReadingPageCache(this IServiceCollection services)
    {
        services.AddOutputCache(options =>
        {
            options.AddPolicy(PolicyName, policy => policy
                .With(context => IsCacheable(context.HttpContext.Request))
                // Only the parameters that change a page (and its language link): /th/?utm_source=x
                // is the cached /th/, and made-up parameters cannot fill the cache with copies.
                .SetVaryByQuery(SharedQuery.Names)
                .SetVaryByHost(true)
                .VaryByValue(context => new KeyValuePair<string, string>("enc+day", EncodingKey(context.Request) + Today()))
                .Expire(TimeSpan.FromHours(12))
                .Tag(ContentTag));
            // A bound on the cache's memory (the default is 100 MB): past it, entries are evicted
            // rather than the process growing.
            options.SizeLimit = 32 * 1024 * 1024;
        });
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

    /// <summary>Conditional GET, the output cache, then compression (so the cache holds compressed bytes).</summary>
    public static IApplicationBuilder UseReadingPageCache(this WebApplication app)
    {
        var store = app.Services.GetRequiredService<ContentStore>();
        var cache = app.Services.GetRequiredService<IOutputCacheStore>();
        store.Changed += _ => cache.EvictByTagAsync(ContentTag, CancellationToken.None).AsTask().GetAwaiter().GetResult();

        app.Use(async (context, next) =>
        {
            if (!IsCacheable(context.Request))
            {
                await next(context);
                return;
            }

            var etag = new EntityTagHeaderValue($"\"{store.Current.Version}-{Today()}\"", isWeak: true);
            if (context.Request.Headers.IfNoneMatch.Count > 0
                && EntityTagHeaderValue.TryParseList(context.Request.Headers.IfNoneMatch, out var tags)
                && tags.Any(t => t.Compare(etag, useStrongComparison: false) || t.Equals(EntityTagHeaderValue.Any)))
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                context.Response.Headers.ETag = etag.ToString();
                return;
            }

            context.Response.OnStarting(() =>
            {
                if (context.Response.StatusCode == StatusCodes.Status200OK)
                {
                    context.Response.Headers.ETag = etag.ToString();
                    context.Response.Headers.CacheControl = "public, max-age=300";
                }

                return Task.CompletedTask;
            });
            await next(context);
        });
        app.UseOutputCache();
        app.UseResponseCompression();
        return app;
    }

    /// <summary>GET or HEAD of a reading page in a language, not an island page and not an API call.</summary>
    static bool IsCacheable(HttpRequest request)
    {
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            return false;
        }

        var segments = PageAddress.Segments(request.Path.Value);
        return segments.Length > 0
            && Content.Languages.SiteLanguage.FromCode(segments[0]) is not null
            && (segments.Length < 2 || segments[1] is not ("timeline" or "search" or "language" or "teach"));
    }

    static string Today() => DateTime.UtcNow.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);

    // The cache holds one entry per encoding the compression middleware would choose.
    static string EncodingKey(HttpRequest request)
    {
        var accept = request.Headers.AcceptEncoding.ToString();
        return accept.Contains("br", StringComparison.OrdinalIgnoreCase) ? "br"
            : accept.Contains("gzip", StringComparison.OrdinalIgnoreCase) ? "gzip"
            : "identity";
    }
}
