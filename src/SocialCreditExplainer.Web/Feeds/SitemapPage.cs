using SocialCreditExplainer.Content.Languages;

namespace SocialCreditExplainer.Web.Feeds;

/// <summary>
/// One page of the site in every language it exists in: the root-relative address of each
/// version and, where the content says, when that version last changed.
/// </summary>
public sealed record SitemapPage(IReadOnlyList<SitemapPageVersion> Versions);

/// <summary>One language version of a page.</summary>
public sealed record SitemapPageVersion(SiteLanguage Language, string Path, DateOnly? LastModified);
