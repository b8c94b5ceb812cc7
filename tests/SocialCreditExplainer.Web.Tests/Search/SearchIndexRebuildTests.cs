using System.Collections.Concurrent;
using Microsoft.Extensions.Logging.Abstractions;
using SocialCreditExplainer.Content.Loading;
using SocialCreditExplainer.Search;
using SocialCreditExplainer.Web.Search;
using SocialCreditExplainer.Web.Site;
using SocialCreditExplainer.Web.Tests.Support;

namespace SocialCreditExplainer.Web.Tests.Search;

/// <summary>The index follows the content: a new word is findable after an edit, and searches never fail meanwhile.</summary>
public sealed class SearchIndexRebuildTests : IDisposable
{
    readonly ContentFolderCopy _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task AWordAddedToAnArticleWhileTheSiteRunsIsFoundBySearch()
    {
        using var site = SiteFactory.Over(_content.Root);
        using var client = site.CreateClient();
        Assert.Empty(SearchHtml.Hits(SearchHtml.Parse(await client.GetStringAsync("/en/search?q=quillwhistle"))));

        await AppendParagraphAsync("articles/what-is-social-credit/index.en.md", "A quillwhistle is a word that appears nowhere else on this site.");

        Assert.True(await Eventually(async () =>
            SearchHtml.Links(SearchHtml.Hits(SearchHtml.Parse(await client.GetStringAsync("/en/search?q=quillwhistle"))))
                .Any(href => href.StartsWith("/en/articles/what-is-social-credit", StringComparison.Ordinal))));
        var builds = site.Logs.Events.Where(e => e.MessageTemplate.Text.StartsWith("Built the search index", StringComparison.Ordinal)).ToList();
        Assert.True(builds.Count >= 2, $"{builds.Count} index builds were logged.");
        Assert.All(builds, e => Assert.True(e.Properties.ContainsKey("ElapsedMilliseconds")));
    }

    [Fact]
    public async Task SearchesKeepAnsweringWhileTheIndexIsRebuiltAndSwapped()
    {
        var store = new ContentStore(new ContentLoader(), _content.Root, NullLogger<ContentStore>.Instance);
        using var index = new SiteSearchIndex(store, NullLogger<SiteSearchIndex>.Instance);
        var firstVersion = index.ContentVersion;
        var failures = new ConcurrentQueue<Exception>();
        var searches = 0;
        using var stop = new CancellationTokenSource();

        // Readers search the whole time, on several threads, while the content changes twice.
        var readers = Enumerable.Range(0, 3).Select(_ => Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    var results = index.Search(new SearchQuery("hukou", SearchLanguage.English));
                    Assert.NotEmpty(results.Hits);
                    Interlocked.Increment(ref searches);
                }
                catch (Exception ex)
                {
                    failures.Enqueue(ex);
                }
            }
        })).ToList();

        await AppendParagraphAsync("articles/what-is-social-credit/index.en.md", "The first edit adds the word marrowgrass.");
        store.Reload();
        await AppendParagraphAsync("articles/what-is-social-credit/index.th.md", "การแก้ไขครั้งที่สองเพิ่มคำว่า quillwhistle");
        store.Reload();

        var found = await Eventually(() => Task.FromResult(
            index.ContentVersion == store.Current.Version
            && index.Search(new SearchQuery("marrowgrass", SearchLanguage.English)).Hits.Count > 0
            && index.Search(new SearchQuery("quillwhistle", SearchLanguage.Thai)).Hits.Count > 0));
        await stop.CancelAsync();
        await Task.WhenAll(readers);

        Assert.True(found, "The new words were never found.");
        Assert.NotEqual(firstVersion, index.ContentVersion);
        Assert.Empty(failures);
        Assert.True(searches > 0);
    }

    [Fact]
    public void AfterDisposeTheIndexNoLongerFollowsTheContent()
    {
        var store = new ContentStore(new ContentLoader(), _content.Root, NullLogger<ContentStore>.Instance);
        var index = new SiteSearchIndex(store, NullLogger<SiteSearchIndex>.Instance);

        index.Dispose();

        Assert.Throws<ObjectDisposedException>(() => index.Search(new SearchQuery("hukou", SearchLanguage.English)));
        index.Dispose();
    }

    Task AppendParagraphAsync(string relativePath, string paragraph) =>
        File.AppendAllTextAsync(_content.PathOf(relativePath), "\n\n" + paragraph + "\n");

    static async Task<bool> Eventually(Func<Task<bool>> condition)
    {
        // Polls rather than sleeps a fixed time: file events and index builds take their own time.
        for (var attempt = 0; attempt < 150; attempt++)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(100);
        }

        return false;
    }
}
