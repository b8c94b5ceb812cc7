using SocialCreditExplainer.Search;
using SocialCreditExplainer.Search.Benchmarks.Corpus;
using SocialCreditExplainer.Search.Benchmarks.Measuring;

// Usage: dotnet run -c Release --project bench/SocialCreditExplainer.Search.Benchmarks [-- options]
//   --content DIR the content folder to index (default: the repository's content/)
//   --sample      index the test fixture corpus instead of real content
//   --queries N   timed queries per language per corpus (default 2000)
//   --scale N     size of the synthetic corpus as a multiple of the real one (default 100)
//   --detail      also print each query's median and slowest time
//   --show TEXT   print the results for TEXT in both languages instead of benchmarking
var queries = IntOption("--queries", 2000);
var scale = IntOption("--scale", 100);
ISearchCorpusSource source = args.Contains("--sample")
    ? new SampleCorpusSource()
    : Option("--content") is { } contentOption ? new ContentCorpusSource(contentOption)
    : ContentCorpusSource.FindContentRoot() is { } contentRoot ? new ContentCorpusSource(contentRoot)
    : new SampleCorpusSource();

var documents = source.Load();
if (source is ContentCorpusSource content)
{
    Console.WriteLine($"Loaded {documents.Count:N0} search documents from real content in {content.LoadMilliseconds:N0} ms ({content.Problems} content problems reported).");
    Console.WriteLine();
}

if (documents.Count == 0)
{
    Console.Error.WriteLine("The corpus is empty: nothing to benchmark.");
    return 1;
}
if (Option("--show") is { } show)
{
    using var search = new LuceneSiteSearch(documents);
    foreach (var language in Enum.GetValues<SearchLanguage>())
    {
        var results = search.Search(new SearchQuery(show, language));
        Console.WriteLine($"## {language}: {results.TotalHits} hits, notices: {results.Notices}, message: {results.Message}");
        foreach (var hit in results.Hits.Concat(results.OtherLanguage))
        {
            Console.WriteLine($"- {hit.Score,7:F3} {hit.Language} {hit.Url}  {hit.Title}\n    {hit.Snippet}");
        }
    }

    return 0;
}

#if DEBUG
Console.Error.WriteLine("Warning: this is a Debug build; run with -c Release for numbers worth reporting.");
const string Configuration = "Debug";
#else
const string Configuration = "Release";
#endif

var startUp = SearchBenchmark.MeasureStartUp();
var real = SearchBenchmark.Measure(source.Name, documents, queries, warmBuilds: 5);
var scaled = SearchBenchmark.Measure($"{source.Name} ×{scale} (synthetic)", SyntheticCorpus.Scale(documents, scale), queries, warmBuilds: 1);
Console.WriteLine(MarkdownReport.Write(startUp, real, scaled, queries, Configuration));
if (args.Contains("--detail"))
{
    Console.WriteLine(MarkdownReport.WriteDetail(real));
    Console.WriteLine(MarkdownReport.WriteDetail(scaled));
}

return 0;

string? Option(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}

int IntOption(string name, int fallback) =>
    int.TryParse(Option(name), out var value) && value > 0 ? value : fallback;
