namespace SocialCreditExplainer.Web.Api;

/// <summary>The search endpoints of the JSON API (<c>/api/v1/</c>).</summary>
public static class SearchApi
{
    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder app)
    {
        return app;
    }
}
