using SocialCreditExplainer.Content.Glossary;

namespace SocialCreditExplainer.Content.Markdown.SiteLinks;

/// <summary>
/// A site link as one render resolved it: the URL (null when the target is unknown), and for a
/// glossary link the term and the id of its tooltip.
/// </summary>
internal sealed record ResolvedSiteLink(string? Url, GlossaryTerm? Term, string? TooltipId);
