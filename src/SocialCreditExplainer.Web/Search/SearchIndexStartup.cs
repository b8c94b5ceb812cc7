namespace SocialCreditExplainer.Web.Search;

/// <summary>
/// Builds the search index while the site starts, so the first reader to search does not wait
/// for it. (A singleton is otherwise created on first use.)
/// </summary>
internal sealed class SearchIndexStartup(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        services.GetRequiredService<SiteSearchIndex>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
