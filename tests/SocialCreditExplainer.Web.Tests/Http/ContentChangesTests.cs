using System.Net;
using SocialCreditExplainer.Web.Tests.Support;

namespace SocialCreditExplainer.Web.Tests.Http;

/// <summary>The site picks up content edits while it runs, and a broken edit never takes content away.</summary>
public sealed class ContentChangesTests : IDisposable
{
    readonly ContentFolderCopy _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task AnEditedArticleIsServedWithoutARestart()
    {
        using var site = SiteFactory.Over(_content.Root);
        using var client = site.CreateClient();
        Assert.DoesNotContain("Edited while running", await client.GetStringAsync("/en/articles/what-is-social-credit"), StringComparison.Ordinal);

        var path = _content.PathOf("articles/what-is-social-credit/index.en.md");
        var text = await File.ReadAllTextAsync(path);
        await File.WriteAllTextAsync(path, ReplaceTitle(text, "Edited while running"));

        Assert.True(await Eventually(async () => (await client.GetStringAsync("/en/articles/what-is-social-credit")).Contains("Edited while running", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task ABrokenEditKeepsServingTheLastGoodArticle()
    {
        using var site = SiteFactory.Over(_content.Root);
        using var client = site.CreateClient();
        var before = await client.GetStringAsync("/en/articles/what-is-social-credit");

        var path = _content.PathOf("articles/what-is-social-credit/index.en.md");
        await File.WriteAllTextAsync(path, "---\ntitle: [this is not closed\n---\nBroken body\n");

        Assert.True(await Eventually(() => Task.FromResult(site.Logs.Events.Any(e =>
            e.Properties.TryGetValue("ContentFile", out var file) && file.ToString().Contains("what-is-social-credit/index.en.md", StringComparison.Ordinal)))));
        using var response = await client.GetAsync("/en/articles/what-is-social-credit");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var after = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("Broken body", after, StringComparison.Ordinal);
        Assert.Contains(TitleOf(before), after, StringComparison.Ordinal);
    }

    static string ReplaceTitle(string markdown, string title)
    {
        var lines = markdown.Split('\n');
        var index = Array.FindIndex(lines, l => l.StartsWith("title:", StringComparison.Ordinal));
        lines[index] = $"title: \"{title}\"";
        return string.Join('\n', lines);
    }

    static string TitleOf(string html)
    {
        var start = html.IndexOf("<h1>", StringComparison.Ordinal) + 4;
        return html[start..html.IndexOf("</h1>", start, StringComparison.Ordinal)];
    }

    static async Task<bool> Eventually(Func<Task<bool>> condition)
    {
        // Polls rather than sleeps a fixed time: file events arrive at the OS's pace.
        for (var attempt = 0; attempt < 100; attempt++)
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
