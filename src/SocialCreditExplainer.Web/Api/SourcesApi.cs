namespace SocialCreditExplainer.Web.Api;

/// <summary>The sources endpoints of the JSON API (<c>/api/v1/</c>).</summary>
public static class SourcesApi
{
    public static IEndpointRouteBuilder MapSourcesApi(this IEndpointRouteBuilder app)
    {
        return app;
    }
}
