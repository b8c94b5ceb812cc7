using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace SocialCreditExplainer.Search.Benchmarks.Measuring;

/// <summary>Writes the measurements as a Markdown table, with the targets and whether each is met.</summary>
public static class MarkdownReport
{
    /// <summary>Query p99 on the real corpus must stay under this.</summary>
    public const double RealQueryP99Target = 5;

    /// <summary>Query p99 on the 100× corpus must stay under this.</summary>
    public const double ScaledQueryP99Target = 20;

    /// <summary>Building the real corpus's index must stay under this.</summary>
    public const double RealBuildTarget = 1000;

    public static string Write(double startUp, CorpusMeasurement real, CorpusMeasurement scaled, int queriesPerLanguage, string configuration)
    {
        var text = new StringBuilder();
        text.AppendLine(Invariant($"Search benchmark: {queriesPerLanguage:N0} timed queries per language per corpus, after at least {SearchBenchmark.WarmUpQueries:N0} warm-up queries and 2 s; {RuntimeInformation.FrameworkDescription}, {RuntimeInformation.OSDescription}, {Environment.ProcessorCount} cores, {configuration} build."));
        text.AppendLine();
        text.AppendLine(Invariant($"Engine start-up, once per process (ICU break rules and Thai dictionary, JIT), measured on a one-document index: {startUp:N0} ms."));
        text.AppendLine();
        text.AppendLine("| Corpus | Documents | Build, first (ms) | Build, first, CPU (ms) | Build, again (ms) | Build, again, CPU (ms) |");
        text.AppendLine("|---|--:|--:|--:|--:|--:|");
        foreach (var m in new[] { real, scaled })
        {
            text.AppendLine(Invariant($"| {m.Corpus} | {m.Documents:N0} | {m.ColdBuildMilliseconds:N0} | {m.ColdBuildCpuMilliseconds:N0} | {m.WarmBuildMilliseconds:N0} | {m.WarmBuildCpuMilliseconds:N0} |"));
        }

        text.AppendLine();
        text.AppendLine("| Corpus | Language | p50 (ms) | p99 (ms) | CPU p50 (ms) | CPU p99 (ms) | Hits per query | CPU share |");
        text.AppendLine("|---|---|--:|--:|--:|--:|--:|--:|");
        foreach (var m in new[] { real, scaled })
        {
            foreach (var (language, sample) in new[] { ("Thai", m.Thai), ("English", m.English) })
            {
                text.AppendLine(Invariant($"| {m.Corpus} | {language} | {sample.Percentile(50):N3} | {sample.Percentile(99):N3} | {sample.CpuPercentile(50):N3} | {sample.CpuPercentile(99):N3} | {m.AverageHits:N1} | {m.CpuShare:P0} |"));
            }
        }

        text.AppendLine();
        text.AppendLine("p50 and p99 are wall-clock latency per search. CPU p50 and p99 are the searching thread's own CPU time (Linux thread clock): what a search costs when it has a core to itself. CPU share is the process's CPU time over wall time while timing (one thread, so 100% at most); well below 100% means other work on the machine held the core and the wall-clock figures include that wait.");
        var realP99 = Math.Max(real.Thai.Percentile(99), real.English.Percentile(99));
        var scaledP99 = Math.Max(scaled.Thai.Percentile(99), scaled.English.Percentile(99));
        var realCpuP99 = Math.Max(real.Thai.CpuPercentile(99), real.English.CpuPercentile(99));
        var scaledCpuP99 = Math.Max(scaled.Thai.CpuPercentile(99), scaled.English.CpuPercentile(99));
        text.AppendLine();
        text.AppendLine("| Target | Measured | Met |");
        text.AppendLine("|---|--:|:-:|");
        text.AppendLine(Row($"Query p99 < {RealQueryP99Target} ms, {real.Corpus}, wall clock", realP99, RealQueryP99Target, "ms"));
        text.AppendLine(Row($"Query p99 < {RealQueryP99Target} ms, {real.Corpus}, thread CPU", realCpuP99, RealQueryP99Target, "ms"));
        text.AppendLine(Row($"Query p99 < {ScaledQueryP99Target} ms, {scaled.Corpus}, wall clock", scaledP99, ScaledQueryP99Target, "ms"));
        text.AppendLine(Row($"Query p99 < {ScaledQueryP99Target} ms, {scaled.Corpus}, thread CPU", scaledCpuP99, ScaledQueryP99Target, "ms"));
        text.AppendLine(Row($"Build < {RealBuildTarget / 1000} s, {real.Corpus}, first build after start-up", real.ColdBuildMilliseconds, RealBuildTarget, "ms"));
        text.AppendLine(Row($"Build < {RealBuildTarget / 1000} s, {real.Corpus}, first build after start-up, process CPU", real.ColdBuildCpuMilliseconds, RealBuildTarget, "ms"));
        text.AppendLine(Row($"Build < {RealBuildTarget / 1000} s, {real.Corpus}, rebuild (content change)", real.WarmBuildMilliseconds, RealBuildTarget, "ms"));
        text.AppendLine(Row($"Build < {RealBuildTarget / 1000} s, {real.Corpus}, rebuild, process CPU", real.WarmBuildCpuMilliseconds, RealBuildTarget, "ms"));
        text.AppendLine(Row($"Build < {RealBuildTarget / 1000} s, {real.Corpus}, cold process: start-up + first build", startUp + real.ColdBuildMilliseconds, RealBuildTarget, "ms"));
        return text.ToString();
    }

    /// <summary>Median and slowest time of every query, to find which kind of query is slow.</summary>
    public static string WriteDetail(CorpusMeasurement measurement)
    {
        var text = new StringBuilder();
        text.AppendLine(Invariant($"Per query, {measurement.Corpus}:"));
        text.AppendLine();
        text.AppendLine("| Language | Query | Median (ms) | Slowest (ms) |");
        text.AppendLine("|---|---|--:|--:|");
        foreach (var (language, sample) in new[] { ("th", measurement.Thai), ("en", measurement.English) })
        {
            foreach (var (label, median, max) in sample.ByLabel())
            {
                text.AppendLine(Invariant($"| {language} | {label.Replace("|", "\\|", StringComparison.Ordinal)} | {median:N3} | {max:N3} |"));
            }
        }

        return text.ToString();
    }

    static string Row(string target, double measured, double limit, string unit) =>
        Invariant($"| {target} | {measured:N3} {unit} | {(measured < limit ? "yes" : "**no**")} |");

    static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
