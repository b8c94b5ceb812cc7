namespace SocialCreditExplainer.Web.Api;

/// <summary>The timeline endpoints of the JSON API (<c>/api/v1/</c>).</summary>
public static class TimelineApi
{
    public static IEndpointRouteBuilder MapTimelineApi(this IEndpointRouteBuilder app)
    {
        return app;
    }
}
