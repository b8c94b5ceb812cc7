using System.Diagnostics;

namespace SocialCreditExplainer.Search.Benchmarks.Measuring;

/// <summary>
/// Times building the index and answering queries, the way the site does both: build once per
/// content change, then many single searches one after another.
/// </summary>
public static class SearchBenchmark
{
    /// <summary>
    /// Untimed searches per language before timing, at least; warming also lasts at least
    /// <see cref="WarmUpTime"/>, because tiered JIT recompiles hot methods on a background thread
    /// after a delay, and on two cores that compile would otherwise land inside the timed runs.
    /// </summary>
    public const int WarmUpQueries = 1000;

    static readonly TimeSpan WarmUpTime = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Builds and searches a one-document index: what a process pays once before its first real
    /// build (loading ICU's break rules and Thai dictionary, compiling Lucene's code paths).
    /// </summary>
    /// <returns>Milliseconds taken.</returns>
    public static double MeasureStartUp()
    {
        var start = Stopwatch.GetTimestamp();
        SearchDocument[] one =
        [
            new("start-up", SearchDocumentType.GlossaryTerm, SearchLanguage.Thai, "ระบบเครดิตสังคม", "ระบบเครดิตสังคม (社会信用体系) social credit", "/th/glossary#start-up"),
        ];
        using (var search = new LuceneSiteSearch(one))
        {
            search.Search(new SearchQuery("เครดิตสังคม", SearchLanguage.Thai));
        }

        return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }

    /// <param name="corpus">A name for the report.</param>
    /// <param name="documents">The documents to index.</param>
    /// <param name="queriesPerLanguage">How many timed searches per language (the query lists repeat).</param>
    /// <param name="warmBuilds">How many builds after the first to take the median of.</param>
    public static CorpusMeasurement Measure(string corpus, IReadOnlyList<SearchDocument> documents, int queriesPerLanguage, int warmBuilds)
    {
        // The first build is the one at site start-up (after MeasureStartUp's one-time costs);
        // later builds show the cost of a content change.
        var (cold, coldCpu) = TimeBuild(documents, out var search);
        var warm = new List<(double Wall, double Cpu)>();
        for (var i = 0; i < warmBuilds; i++)
        {
            search.Dispose();
            warm.Add(TimeBuild(documents, out search));
        }

        using (search)
        {
            var hits = 0L;
            var warmUpStart = Stopwatch.GetTimestamp();
            for (var i = 0; i < WarmUpQueries || Stopwatch.GetElapsedTime(warmUpStart) < WarmUpTime; i++)
            {
                search.Search(new SearchQuery(BenchmarkQueries.English[i % BenchmarkQueries.English.Count], SearchLanguage.English));
                search.Search(new SearchQuery(BenchmarkQueries.Thai[i % BenchmarkQueries.Thai.Count], SearchLanguage.Thai));
            }

            using var process = Process.GetCurrentProcess();
            var cpuBefore = process.TotalProcessorTime;
            var wallBefore = Stopwatch.GetTimestamp();
            var thai = TimeQueries(search, BenchmarkQueries.Thai, SearchLanguage.Thai, queriesPerLanguage, ref hits);
            var english = TimeQueries(search, BenchmarkQueries.English, SearchLanguage.English, queriesPerLanguage, ref hits);
            process.Refresh();
            var cpuShare = (process.TotalProcessorTime - cpuBefore) / Stopwatch.GetElapsedTime(wallBefore);
            var median = warm.Count == 0 ? (Wall: cold, Cpu: coldCpu) : warm.OrderBy(w => w.Wall).ElementAt(warm.Count / 2);
            return new CorpusMeasurement(corpus, documents.Count, cold, median.Wall, coldCpu, median.Cpu, thai, english, hits / (2.0 * queriesPerLanguage), cpuShare);
        }
    }

    static (double Wall, double Cpu) TimeBuild(IReadOnlyList<SearchDocument> documents, out LuceneSiteSearch search)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        using var process = Process.GetCurrentProcess();
        var cpuStart = process.TotalProcessorTime;
        var start = Stopwatch.GetTimestamp();
        search = new LuceneSiteSearch(documents);
        var wall = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        process.Refresh();
        return (wall, (process.TotalProcessorTime - cpuStart).TotalMilliseconds);
    }

    static LatencySample TimeQueries(LuceneSiteSearch search, IReadOnlyList<string> queries, SearchLanguage language, int count, ref long hits)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var sample = new LatencySample(count);
        for (var i = 0; i < count; i++)
        {
            var text = queries[i % queries.Count];
            var cpuStart = ThreadCpuClock.NowMilliseconds();
            var start = Stopwatch.GetTimestamp();
            var results = search.Search(new SearchQuery(text, language));
            var end = Stopwatch.GetTimestamp();
            sample.Add(start, end, ThreadCpuClock.NowMilliseconds() - cpuStart, text);
            hits += results.Hits.Count;
        }

        return sample;
    }
}
