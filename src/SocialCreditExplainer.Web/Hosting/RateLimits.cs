using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace SocialCreditExplainer.Web.Hosting;

/// <summary>Requests a client may make to the API and search per minute, from the <c>RateLimits</c> section.</summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "RateLimits";

    /// <summary>Requests per client IP per minute to <c>/api/</c> and search. 300 by default.</summary>
    public int PermitsPerMinute { get; set; } = 300;
}

/// <summary>
/// Per-client limits on the API and search, which cost more than cached reading pages. A client
/// over its limit gets a 429 with <c>Retry-After</c> and a problem-details body saying why.
/// </summary>
public static class RateLimits
{
    public const string PolicyName = "api";

    public static IServiceCollection AddSiteRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(RateLimitOptions.SectionName).Get<RateLimitOptions>() ?? new RateLimitOptions();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(PolicyName, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = options.PermitsPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                }));
            limiter.OnRejected = async (context, cancellationToken) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                await Results.Problem(
                    statusCode: StatusCodes.Status429TooManyRequests,
                    title: "Too many requests",
                    detail: $"This client made more than {options.PermitsPerMinute} API or search requests in a minute. Please wait a minute and try again.")
                    .ExecuteAsync(context.HttpContext);
            };
        });
        return services;
    }
}
