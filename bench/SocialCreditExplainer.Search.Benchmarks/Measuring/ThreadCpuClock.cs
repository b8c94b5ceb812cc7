using System.Runtime.InteropServices;

namespace SocialCreditExplainer.Search.Benchmarks.Measuring;

/// <summary>
/// CPU time used by the calling thread, from Linux's <c>CLOCK_THREAD_CPUTIME_ID</c>. On a shared
/// machine wall-clock latency includes time spent waiting for a core; thread CPU time is what
/// the search itself cost, so the report shows both. NaN where the clock is not available.
/// </summary>
public static partial class ThreadCpuClock
{
    const int ClockThreadCpuTimeId = 3;

    static readonly bool Available = OperatingSystem.IsLinux() && TryRead(out _);

    /// <summary>Milliseconds of CPU the calling thread has used, or NaN.</summary>
    public static double NowMilliseconds() => Available && TryRead(out var ms) ? ms : double.NaN;

    static bool TryRead(out double milliseconds)
    {
        try
        {
            if (ClockGetTime(ClockThreadCpuTimeId, out var time) == 0)
            {
                milliseconds = time.Seconds * 1000.0 + time.Nanoseconds / 1e6;
                return true;
            }
        }
        catch (DllNotFoundException)
        {
        }
        catch (EntryPointNotFoundException)
        {
        }

        milliseconds = double.NaN;
        return false;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clockId, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
