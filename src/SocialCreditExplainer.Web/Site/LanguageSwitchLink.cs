using Microsoft.AspNetCore.WebUtilities;
using SocialCreditExplainer.Content;
using SocialCreditExplainer.Content.Languages;

namespace SocialCreditExplainer.Web.Site;

/// <summary>
/// Where the layout's language link points: the switch endpoint (which remembers the choice, see
/// <see cref="Hosting.LanguageRedirect"/>), sent on to the same page in the other language with the
/// page's shared filters (<see cref="SharedQuery"/>).
/// </summary>
public static class LanguageSwitchLink
{
    /// <summary>The link for the page at <paramref name="path"/>, shown in <paramref name="current"/>, with <paramref name="sharedQuery"/> (empty or <c>?a=b…</c>).</summary>
    public static string Href(SiteLanguage current, string path, string sharedQuery, ContentSnapshot snapshot)
    {
        var other = current.Other;
        return $"/{other.Code}/language?to={Uri.EscapeDataString(PageAddress.InLanguage(path, other, snapshot) + sharedQuery)}";
    }

    /// <summary>The link for an address with its query, such as the one an island has just put in the address bar.</summary>
    public static string HrefFor(SiteLanguage current, string address, ContentSnapshot snapshot)
    {
        var queryStart = address.IndexOf('?');
        var path = queryStart < 0 ? address : address[..queryStart];
        var query = queryStart < 0 ? QueryCollection.Empty : new QueryCollection(QueryHelpers.ParseQuery(address[queryStart..]));
        return Href(current, path, SharedQuery.Of(query), snapshot);
    }
}
