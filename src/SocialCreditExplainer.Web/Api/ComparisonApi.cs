namespace SocialCreditExplainer.Web.Api;

/// <summary>The comparison endpoints of the JSON API (<c>/api/v1/</c>).</summary>
public static class ComparisonApi
{
    public static IEndpointRouteBuilder MapComparisonApi(this IEndpointRouteBuilder app)
    {
        return app;
    }
}
