using Microsoft.Extensions.Logging.Abstractions;
using SocialCreditExplainer.Web.Search;
using SocialCreditExplainer.Web.Tests.Timeline;

namespace SocialCreditExplainer.Web.Tests.Search;

/// <summary>One search index over the repository's real content, built once for all component tests.</summary>
internal static class RealSearchIndex
{
    static readonly Lazy<SiteSearchIndex> Index = new(() => new SiteSearchIndex(RealContentStore.Instance, NullLogger<SiteSearchIndex>.Instance));

    public static SiteSearchIndex Instance => Index.Value;
}
