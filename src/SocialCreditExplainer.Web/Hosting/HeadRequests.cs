namespace SocialCreditExplainer.Web.Hosting;

/// <summary>
/// Blazor maps its pages to GET (and POST) only, so a HEAD request for a page, as sent by link
/// checkers, uptime monitors and reference managers checking a citation, would be answered 404:
/// the page would look broken to them. Pages also answer HEAD. The server sends the GET answer's
/// status and headers without the body.
/// </summary>
public static class HeadRequests
{
    public static RazorComponentsEndpointConventionBuilder AnswerHead(this RazorComponentsEndpointConventionBuilder pages)
    {
        pages.Add(endpoint =>
        {
            var methods = endpoint.Metadata.OfType<HttpMethodMetadata>().FirstOrDefault();
            if (methods is not null && methods.HttpMethods.Contains(HttpMethods.Get) && !methods.HttpMethods.Contains(HttpMethods.Head))
            {
                endpoint.Metadata.Remove(methods);
                endpoint.Metadata.Add(new HttpMethodMetadata([.. methods.HttpMethods, HttpMethods.Head], methods.AcceptCorsPreflight));
            }
        });
        return pages;
    }
}
