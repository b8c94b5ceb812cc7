using SocialCreditExplainer.Search;

namespace SocialCreditExplainer.Web.Search;

/// <summary>Registers site search: one index for the whole site, built before the first request.</summary>
public static class SearchServiceExtensions
{
    public static IServiceCollection AddSiteSearch(this IServiceCollection services)
    {
        services.AddSingleton<SiteSearchIndex>();
        services.AddSingleton<ISiteSearch>(provider => provider.GetRequiredService<SiteSearchIndex>());
        services.AddHostedService<SearchIndexStartup>();
        return services;
    }
}
