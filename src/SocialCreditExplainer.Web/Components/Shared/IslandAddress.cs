using Microsoft.JSInterop;
using SocialCreditExplainer.Content;
using SocialCreditExplainer.Content.Languages;
using SocialCreditExplainer.Web.Site;

namespace SocialCreditExplainer.Web.Components.Shared;

/// <summary>
/// For an island that filters in place (the timeline, search as you type): puts its new address in
/// the address bar, so the view can be shared and a lost circuit's reload comes back to it, and
/// points the layout's language link at the same view in the other language. The layout is static
/// and was rendered for the address the page was loaded with, so without this the link would
/// switch language and drop the reader's filters.
/// </summary>
public static class IslandAddress
{
    public static async Task FollowAsync(IJSRuntime js, SiteLanguage language, string address, ContentSnapshot snapshot)
    {
        try
        {
            await js.InvokeVoidAsync("history.replaceState", null, string.Empty, address);
            // Blazor's interop calls DOM methods by name, so this needs no script of the site's own.
            await using var link = await js.InvokeAsync<IJSObjectReference>("document.querySelector", "a.language-switcher");
            await link.InvokeVoidAsync("setAttribute", "href", LanguageSwitchLink.HrefFor(language, address, snapshot));
        }
        catch (Exception ex) when (ex is JSException or JSDisconnectedException or TaskCanceledException)
        {
            // The island itself has already updated; only the address bar or the language link is behind.
        }
    }
}
