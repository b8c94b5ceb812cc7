namespace SocialCreditExplainer.Web.Api;

/// <summary>The glossary endpoints of the JSON API (<c>/api/v1/</c>).</summary>
public static class GlossaryApi
{
    public static IEndpointRouteBuilder MapGlossaryApi(this IEndpointRouteBuilder app)
    {
        return app;
    }
}
