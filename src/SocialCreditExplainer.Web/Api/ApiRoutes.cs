namespace SocialCreditExplainer.Web.Api;

/// <summary>The JSON API under <c>/api/v1</c>, described by the OpenAPI document at <c>/openapi/v1.json</c>.</summary>
public static class ApiRoutes
{
    public const string Prefix = "/api/v1";

    public static IEndpointRouteBuilder MapSiteApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup(Prefix).RequireRateLimiting(Hosting.RateLimits.PolicyName);
        api.MapSourcesApi();
        api.MapTimelineApi();
        api.MapGlossaryApi();
        api.MapComparisonApi();
        api.MapSearchApi();
        return app;
    }
}
