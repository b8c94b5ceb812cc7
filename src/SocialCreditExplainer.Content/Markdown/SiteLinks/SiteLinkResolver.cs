using System.Globalization;
using SocialCreditExplainer.Content.Glossary;

namespace SocialCreditExplainer.Content.Markdown.SiteLinks;

/// <summary>
/// Resolves the site links of one render against the content (<see cref="ArticleRenderContext"/>),
/// records every one for validation and reports unknown targets.
/// </summary>
internal sealed class SiteLinkResolver(ArticleRenderContext context, BodyLines lines, RenderProblemLog problems)
{
    readonly List<ContentLink> _links = [];
    readonly Dictionary<SiteLinkInline, ResolvedSiteLink> _resolved = new(ReferenceEqualityComparer.Instance);
    int _tooltips;

    /// <summary>Every site link resolved so far, in reading order.</summary>
    public IReadOnlyList<ContentLink> Links => _links;

    public ResolvedSiteLink Resolve(SiteLinkInline link)
    {
        if (_resolved.TryGetValue(link, out var resolved))
        {
            return resolved;
        }

        _links.Add(new ContentLink(link.Kind, link.Target, link.Fragment, lines.ToBodyLine(link.Line)));
        if (link.Fragment is not null && link.Kind != ContentLinkKind.Article)
        {
            problems.Report(link.Line, $"Only article: links take a #fragment; '#{link.Fragment}' on {Scheme(link.Kind)}{link.Target} is ignored.");
        }

        resolved = ResolveTarget(link);
        if (resolved.Url is null)
        {
            problems.Report(link.Line, $"Unknown {Noun(link.Kind)} '{link.Target}' in link {Scheme(link.Kind)}{link.Target}; it is shown as plain text.");
        }

        _resolved.Add(link, resolved);
        return resolved;
    }

    /// <summary>What <see cref="Resolve"/> decided for a link; null if it was never resolved.</summary>
    public ResolvedSiteLink? Of(SiteLinkInline link) => _resolved.GetValueOrDefault(link);

    ResolvedSiteLink ResolveTarget(SiteLinkInline link)
    {
        var language = context.Language;
        if (link.Target.Length == 0)
        {
            return new ResolvedSiteLink(null, null, null);
        }

        switch (link.Kind)
        {
            case ContentLinkKind.Article:
                var slug = context.FindArticleSlug(link.Target);
                return new ResolvedSiteLink(slug is null ? null : SiteUrls.Article(language, slug, link.Fragment), null, null);
            case ContentLinkKind.Timeline:
                return new ResolvedSiteLink(
                    context.TimelineEventExists(link.Target) ? SiteUrls.TimelineEvent(language, link.Target) : null, null, null);
            case ContentLinkKind.Source:
                return new ResolvedSiteLink(
                    context.FindSource(link.Target) is null ? null : SiteUrls.Source(language, link.Target), null, null);
            case ContentLinkKind.Glossary:
                var term = context.FindTerm(link.Target);
                return term is null
                    ? new ResolvedSiteLink(null, null, null)
                    : new ResolvedSiteLink(SiteUrls.GlossaryTerm(language, term.Id), term, NextTooltipId());
            default:
                return new ResolvedSiteLink(null, null, null);
        }
    }

    string NextTooltipId() => "glossary-tip-" + (++_tooltips).ToString(CultureInfo.InvariantCulture);

    static string Scheme(ContentLinkKind kind) => kind.ToString().ToLowerInvariant() + ":";

    static string Noun(ContentLinkKind kind) => kind switch
    {
        ContentLinkKind.Article => "article",
        ContentLinkKind.Timeline => "timeline event",
        ContentLinkKind.Glossary => "glossary term",
        _ => "source",
    };
}
