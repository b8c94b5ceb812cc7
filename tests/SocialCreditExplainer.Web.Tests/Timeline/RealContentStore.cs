using Microsoft.Extensions.Logging.Abstractions;
using SocialCreditExplainer.Content.Loading;
using SocialCreditExplainer.Web.Site;
using SocialCreditExplainer.Web.Tests.Support;

namespace SocialCreditExplainer.Web.Tests.Timeline;

/// <summary>One store over the repository's real content, loaded once for all component tests.</summary>
internal static class RealContentStore
{
    static readonly Lazy<ContentStore> Store = new(() => new ContentStore(new ContentLoader(), RepositoryContent.Root, NullLogger<ContentStore>.Instance));

    public static ContentStore Instance => Store.Value;
}
