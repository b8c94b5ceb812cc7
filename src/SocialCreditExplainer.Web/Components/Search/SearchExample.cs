namespace SocialCreditExplainer.Web.Components.Search;

/// <summary>A query offered as a link on the empty search page.</summary>
/// <param name="Text">What the link searches for.</param>
/// <param name="Lang">Its language tag when it is not in the page's language (<c>zh-Hans</c>, <c>th</c>); null otherwise.</param>
public sealed record SearchExample(string Text, string? Lang = null);
