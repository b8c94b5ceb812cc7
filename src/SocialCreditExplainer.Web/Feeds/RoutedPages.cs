namespace SocialCreditExplainer.Web.Feeds;

/// <summary>
/// Which route templates the running site serves, so the sitemap never promises a page that
/// answers 404 (a section listed in the sitemap before its page is built, such as search).
/// </summary>
public sealed class RoutedPages(EndpointDataSource endpoints)
{
    /// <summary>Whether some endpoint has this template (<c>/{lang}/search</c>), ignoring case and parameter names.</summary>
    public bool Has(string template)
    {
        var wanted = Shape(template);
        return endpoints.Endpoints.OfType<RouteEndpoint>().Any(e => Shape(e.RoutePattern.RawText) == wanted);
    }

    // "/{Lang}/search" and "{lang}/search" both become "/{}/search".
    static string Shape(string? template)
    {
        var segments = (template ?? string.Empty).Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => s.StartsWith('{') && s.EndsWith('}') ? "{}" : s.ToLowerInvariant());
        return "/" + string.Join('/', segments);
    }
}
