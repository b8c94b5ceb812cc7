namespace SocialCreditExplainer.Web.Feeds;

/// <summary>
/// The scheme and host readers used to reach the site (after forwarded headers), for the absolute
/// URLs sitemaps, feeds and social tags need. The site has no configured public address, so the
/// request is the only truth; the reading-page cache varies by host, so one host's URLs never leak to another.
/// </summary>
public static class SiteOrigin
{
    /// <summary><c>https://example.org</c>; empty without a request (links then stay root-relative).</summary>
    public static string Of(HttpRequest? request) =>
        request is null ? string.Empty : $"{request.Scheme}://{request.Host.ToUriComponent()}";
}
