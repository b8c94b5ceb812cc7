using System.Diagnostics;

namespace SocialCreditExplainer.Search.Benchmarks.Measuring;

/// <summary>Timings of repeated operations, in milliseconds, with percentiles by nearest rank.</summary>
public sealed class LatencySample(int capacity)
{
    readonly List<double> _milliseconds = new(capacity);
    readonly List<double> _cpuMilliseconds = new(capacity);
    readonly Dictionary<string, List<double>> _byLabel = [];

    public int Count => _milliseconds.Count;

    /// <summary>
    /// Records one timing: wall clock from the two timestamps, the thread's CPU time, and a label
    /// (the query text) for the per-query breakdown.
    /// </summary>
    public void Add(long startTimestamp, long endTimestamp, double cpuMilliseconds, string label)
    {
        var milliseconds = (endTimestamp - startTimestamp) * 1000.0 / Stopwatch.Frequency;
        _milliseconds.Add(milliseconds);
        _cpuMilliseconds.Add(cpuMilliseconds);
        if (!_byLabel.TryGetValue(label, out var list))
        {
            _byLabel[label] = list = [];
        }

        list.Add(milliseconds);
    }

    /// <summary>Wall-clock latency at the given percentile.</summary>
    public double Percentile(double percent) => Percentile(_milliseconds, percent);

    /// <summary>Thread CPU time at the given percentile (NaN where the clock is missing).</summary>
    public double CpuPercentile(double percent) => Percentile(_cpuMilliseconds, percent);

    public double Max => _milliseconds.Count == 0 ? double.NaN : _milliseconds.Max();

    /// <summary>Each label with its median and its slowest timing, slowest median first.</summary>
    public IEnumerable<(string Label, double Median, double Max)> ByLabel() =>
        _byLabel.Select(p => (p.Key, Percentile(p.Value, 50), p.Value.Max())).OrderByDescending(p => p.Item2);

    static double Percentile(List<double> values, double percent)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }

        var sorted = values.Order().ToArray();
        var rank = (int)Math.Ceiling(percent / 100.0 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}
