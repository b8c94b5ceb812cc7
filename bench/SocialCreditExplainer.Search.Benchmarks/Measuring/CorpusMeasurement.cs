namespace SocialCreditExplainer.Search.Benchmarks.Measuring;

/// <summary>
/// What was measured on one corpus. <c>CpuShare</c> is the process's CPU time over the wall time
/// of the timed queries: well under 1 means other work on the machine took the core, and the
/// latencies include that wait. Build CPU is the process's CPU time during a build (all threads,
/// including JIT and merges).
/// </summary>
public sealed record CorpusMeasurement(
    string Corpus,
    int Documents,
    double ColdBuildMilliseconds,
    double WarmBuildMilliseconds,
    double ColdBuildCpuMilliseconds,
    double WarmBuildCpuMilliseconds,
    LatencySample Thai,
    LatencySample English,
    double AverageHits,
    double CpuShare);
