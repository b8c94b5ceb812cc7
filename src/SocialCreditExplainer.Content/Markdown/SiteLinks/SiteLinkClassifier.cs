using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SocialCreditExplainer.Content.Markdown.SiteLinks;

/// <summary>
/// Runs once a document is parsed: replaces every link whose URL uses one of our schemes
/// (<c>article:</c>, <c>timeline:</c>, <c>glossary:</c>, <c>source:</c>) by a <see cref="SiteLinkInline"/>.
/// </summary>
internal static class SiteLinkClassifier
{
    static readonly (string Scheme, ContentLinkKind Kind)[] Schemes =
    [
        ("article:", ContentLinkKind.Article),
        ("timeline:", ContentLinkKind.Timeline),
        ("glossary:", ContentLinkKind.Glossary),
        ("source:", ContentLinkKind.Source),
    ];

    public static void Classify(MarkdownDocument document)
    {
        // Collect first: the tree must not change while it is being walked.
        var links = document.Descendants<LinkInline>().Where(l => l is not SiteLinkInline && !l.IsImage).ToList();
        foreach (var link in links)
        {
            if (!TryParse(link.Url, out var kind, out var target, out var fragment))
            {
                continue;
            }

            var siteLink = new SiteLinkInline
            {
                Kind = kind,
                Target = target,
                Fragment = fragment,
                Url = link.Url,
                Title = link.Title,
                Label = link.Label,
                Span = link.Span,
                Line = link.Line,
                Column = link.Column,
            };
            link.TryGetAttributes()?.CopyTo(siteLink.GetAttributes());

            // ReplaceBy moves the link text into the new node only while it is open; close it after.
            link.ReplaceBy(siteLink);
            siteLink.IsClosed = true;
        }
    }

    /// <summary>Reads <c>kind:target#fragment</c>; the scheme is matched ignoring case, and %-escapes are decoded.</summary>
    internal static bool TryParse(string? url, out ContentLinkKind kind, out string target, out string? fragment)
    {
        kind = default;
        target = string.Empty;
        fragment = null;
        if (string.IsNullOrEmpty(url))
        {
            return false;
        }

        foreach (var (scheme, schemeKind) in Schemes)
        {
            if (!url.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var rest = url[scheme.Length..];
            var hash = rest.IndexOf('#', StringComparison.Ordinal);
            kind = schemeKind;
            target = Uri.UnescapeDataString((hash < 0 ? rest : rest[..hash]).Trim());
            if (hash >= 0 && hash < rest.Length - 1)
            {
                fragment = Uri.UnescapeDataString(rest[(hash + 1)..].Trim());
            }

            return true;
        }

        return false;
    }
}
