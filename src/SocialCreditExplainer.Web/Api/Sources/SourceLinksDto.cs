using SocialCreditExplainer.Content;
using SocialCreditExplainer.Content.Languages;

namespace SocialCreditExplainer.Web.Api.Sources;

/// <summary>Where a source lives on the site: its page in each language and its API record.</summary>
public sealed record SourceLinksDto(string Th, string En, string Self)
{
    public static SourceLinksDto For(string sourceId) => new(
        SiteUrls.Source(SiteLanguage.Thai, sourceId),
        SiteUrls.Source(SiteLanguage.English, sourceId),
        $"{ApiRoutes.Prefix}/sources/{Uri.EscapeDataString(sourceId)}");
}
