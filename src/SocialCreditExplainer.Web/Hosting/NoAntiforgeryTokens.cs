using Microsoft.AspNetCore.Components.Forms;

namespace SocialCreditExplainer.Web.Hosting;

/// <summary>
/// The site has no form that posts: every form (search, timeline filter, reading list) is a GET.
/// Blazor would otherwise mint an antiforgery token for every page it renders, because the pages
/// allow interactive server components and it persists the token for them. Minting a token sets a
/// cookie and "no-store" headers, and a response that sets a cookie is never stored by the output
/// cache, so every reading page would be rendered on every request. With no token, reading pages
/// are cached and carry no cookie. A POST to a page is still rejected by the antiforgery
/// middleware, since no token can match.
/// </summary>
sealed class NoAntiforgeryTokens : AntiforgeryStateProvider
{
    public override AntiforgeryRequestToken? GetAntiforgeryToken() => null;
}
