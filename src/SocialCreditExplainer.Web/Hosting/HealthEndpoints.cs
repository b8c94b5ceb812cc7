using SocialCreditExplainer.Web.Site;

namespace SocialCreditExplainer.Web.Hosting;

/// <summary>
/// <c>/healthz</c>: the process answers. <c>/readyz</c>: content is loaded and has articles, so a
/// load balancer sends readers only to instances that can serve them.
/// </summary>
public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", () => Results.Text("ok")).ExcludeFromDescription();
        app.MapGet("/readyz", (ContentStore store) =>
        {
            var snapshot = store.Current;
            return snapshot.Articles.Count > 0
                ? Results.Json(new { status = "ready", content = snapshot.Version, articles = snapshot.Articles.Count })
                : Results.Json(new { status = "no content", content = snapshot.Version }, statusCode: StatusCodes.Status503ServiceUnavailable);
        }).ExcludeFromDescription();
        return app;
    }
}
