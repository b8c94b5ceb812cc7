using System.Runtime;
using System.Runtime.InteropServices;

namespace SocialCreditExplainer.Web.Hosting;

/// <summary>
/// Returns the memory the site no longer uses to the operating system, at the two moments when
/// that is cheap because nobody is waiting:
/// <list type="bullet">
/// <item>once at start-up, after the content and the search index are built (they allocate
/// several times what the site keeps), before the first reader arrives;</item>
/// <item>whenever the site goes quiet after a busy spell. Under load the collector works with a
/// large allocation budget; once requests stop, no collection runs and that memory would stay
/// resident until the next burst.</item>
/// </list>
/// Each time it runs one aggressive, compacting collection, which decommits the free space, and
/// then asks the C library to give back the native memory it keeps after frees (brotli's
/// encoders and ICU allocate there, on many threads, and glibc holds a pool per thread).
/// </summary>
internal sealed class MemoryTrim(TimeProvider clock) : BackgroundService
{
    static readonly TimeSpan LookEvery = TimeSpan.FromSeconds(5);

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        // Registered after the content and the search index: hosted services start in order.
        Collect();
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var policy = new IdleTrimPolicy(ResidentAfterLastTrim: Environment.WorkingSet);
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        using var timer = new PeriodicTimer(LookEvery, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            var allocated = GC.GetTotalAllocatedBytes();
            if (policy.ShouldTrim(allocatedSinceLastLook: allocated - allocatedBefore, resident: Environment.WorkingSet))
            {
                Collect();
                policy = new IdleTrimPolicy(ResidentAfterLastTrim: Environment.WorkingSet);
                allocated = GC.GetTotalAllocatedBytes();
            }

            allocatedBefore = allocated;
        }
    }

    static void Collect()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        TrimNativeHeap();
    }

    static void TrimNativeHeap()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        try
        {
            MallocTrim(0);
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            // Not glibc (musl on Alpine has no malloc_trim): nothing to give back this way.
        }
    }

    [DllImport("libc", EntryPoint = "malloc_trim")]
    static extern int MallocTrim(nuint pad);
}

/// <summary>When a quiet site is worth a full collection: it has grown since the last one, and it is quiet.</summary>
internal readonly record struct IdleTrimPolicy(long ResidentAfterLastTrim)
{
    /// <summary>Less than this allocated between two looks (5 s) is a trickle of readers, not load.</summary>
    public const long QuietAllocationBytes = 8 * 1024 * 1024;

    /// <summary>Growth smaller than this is not worth a full, blocking collection.</summary>
    public const long GrowthWorthTrimming = 24 * 1024 * 1024;

    public bool ShouldTrim(long allocatedSinceLastLook, long resident) =>
        allocatedSinceLastLook < QuietAllocationBytes && resident - ResidentAfterLastTrim > GrowthWorthTrimming;
}
