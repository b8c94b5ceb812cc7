using Microsoft.AspNetCore.Components.Endpoints;

namespace SocialCreditExplainer.Web.Hosting;

/// <summary>
/// Caps how many pages are rendered at the same time. Rendering is CPU work, so more renders in
/// flight than the machine has cores make none of them faster; each one only adds its render
/// tree and HTML to memory and waits longer. Pages the reading-page cache answers never get here, so
/// this only queues the uncached ones (the timeline, search, a reading page's first render).
/// A render that cannot start within <see cref="MaxWait"/> is answered 503 with Retry-After.
/// </summary>
public sealed class RenderLimit
{
    /// <summary>How long a request waits for its turn before it is told the site is busy.</summary>
    public static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(10);

    const string BusyMessage =
        "The site is busy. Please try again in a few seconds.\n"
        + "ขณะนี้มีผู้ใช้เว็บไซต์จำนวนมาก โปรดลองใหม่อีกครั้งในอีกสักครู่\n";

    readonly SemaphoreSlim _slots;
    readonly TimeSpan _maxWait;

    public RenderLimit(int concurrentRenders, TimeSpan maxWait)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(concurrentRenders, 1);
        _slots = new SemaphoreSlim(concurrentRenders, concurrentRenders);
        _maxWait = maxWait;
    }

    /// <summary>Two renders per core: one rendering while the other writes its response.</summary>
    public static int DefaultConcurrentRenders => Environment.ProcessorCount * 2;

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>() is null)
        {
            await next(context);
            return;
        }

        if (!await _slots.WaitAsync(_maxWait, context.RequestAborted))
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = "5";
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync(BusyMessage, context.RequestAborted);
            return;
        }

        try
        {
            await next(context);
        }
        finally
        {
            _slots.Release();
        }
    }
}

/// <summary>Adds <see cref="RenderLimit"/> to the pipeline.</summary>
public static class RenderLimitExtensions
{
    public static IApplicationBuilder UseRenderLimit(this IApplicationBuilder app)
    {
        var limit = new RenderLimit(RenderLimit.DefaultConcurrentRenders, RenderLimit.MaxWait);
        return app.Use(limit.InvokeAsync);
    }
}
