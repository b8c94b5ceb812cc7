using System.Runtime;

namespace SocialCreditExplainer.Web.Hosting;

/// <summary>
/// Loading the content and building the search index at start-up allocate several times the
/// memory the site keeps afterwards. Registered after both, this returns that garbage to the
/// operating system once, before the first reader arrives, instead of carrying it as resident
/// memory until the collector happens to shrink the heap.
/// </summary>
internal sealed class StartupMemoryTrim : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
