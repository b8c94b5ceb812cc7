using SocialCreditExplainer.Search.Tests.Fixtures;

namespace SocialCreditExplainer.Search.Tests;

public sealed class ConcurrencyTests
{
    static readonly SearchQuery[] Queries =
    [
        new("sesame credit", SearchLanguage.English),
        new("เครดิตสังคม", SearchLanguage.Thai),
        new("ธนาคารความดี", SearchLanguage.English),
        new("户口", SearchLanguage.Thai),
        new("dàng'àn", SearchLanguage.English),
        new("blacklisting", SearchLanguage.English),
        new("sesame credit", SearchLanguage.Thai),
        new("หนองสาหร่าย", SearchLanguage.Thai),
    ];

    [Fact]
    public async Task ManyThreadsGetTheSameAnswersAsOne()
    {
        using var search = new LuceneSiteSearch(SampleCorpus.Documents);
        var expected = Queries.Select(q => Describe(search.Search(q))).ToArray();
        using var start = new Barrier(8);

        var workers = Enumerable.Range(0, 8).Select(worker => Task.Factory.StartNew(
            () =>
            {
                start.SignalAndWait();
                var wrong = 0;
                for (var i = 0; i < 100; i++)
                {
                    var index = (worker + i) % Queries.Length;
                    if (Describe(search.Search(Queries[index])) != expected[index])
                    {
                        wrong++;
                    }
                }

                return wrong;
            },
            TaskCreationOptions.LongRunning)).ToArray();

        var wrongAnswers = await Task.WhenAll(workers);

        Assert.All(wrongAnswers, w => Assert.Equal(0, w));
    }

    [Fact]
    public async Task DisposingWhileSearchesRunLetsThemFinishOrRefusesCleanly()
    {
        var search = new LuceneSiteSearch(SampleCorpus.Documents);
        using var start = new Barrier(5);
        var workers = Enumerable.Range(0, 4).Select(worker => Task.Factory.StartNew(
            () =>
            {
                start.SignalAndWait();
                var completed = 0;
                for (var i = 0; i < 10_000; i++)
                {
                    try
                    {
                        Assert.NotEmpty(search.Search(Queries[(worker + i) % Queries.Length]).Hits);
                        completed++;
                    }
                    catch (ObjectDisposedException)
                    {
                        return completed;
                    }
                }

                return completed;
            },
            TaskCreationOptions.LongRunning)).ToArray();

        start.SignalAndWait();
        Thread.Sleep(50);
        search.Dispose();
        var completed = await Task.WhenAll(workers);

        Assert.All(completed, c => Assert.True(c > 0));
        Assert.Throws<ObjectDisposedException>(() => search.Search(Queries[0]));
        search.Dispose();
    }

    static string Describe(SearchResults results) =>
        string.Join("|", results.Hits.Concat(results.OtherLanguage).Select(h => $"{h.DocumentId}:{h.Score:R}:{h.Snippet}"));
}
