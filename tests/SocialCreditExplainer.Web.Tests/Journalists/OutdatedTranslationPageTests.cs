using SocialCreditExplainer.Web.Tests.Support;

namespace SocialCreditExplainer.Web.Tests.Journalists;

/// <summary>The notice on real article pages when an author updates one language version and not the other.</summary>
public sealed class OutdatedTranslationPageTests : IDisposable
{
    readonly ContentFolderCopy _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task OnlyTheOlderVersionShowsTheNoticeLinkingToTheNewerOne()
    {
        ContentEdits.SetUpdated(_content.Root, "what-is-social-credit", "th", new DateOnly(2026, 12, 1));
        using var site = SiteFactory.Over(_content.Root);
        using var client = site.CreateClient();

        var english = await PageHtml.GetAsync(client, "/en/articles/what-is-social-credit");
        var thai = await PageHtml.GetAsync(client, "/th/articles/what-is-social-credit");

        var notice = english.QuerySelector("article aside.translation-notice")!;
        Assert.Contains("The Thai version was updated on 1 December 2026", notice.TextContent, StringComparison.Ordinal);
        Assert.Equal("/th/articles/what-is-social-credit", notice.QuerySelector("a")!.GetAttribute("href"));
        // At the top: before the table of contents and the body.
        Assert.True(notice.CompareDocumentPosition(english.QuerySelector(".article-body")!).HasFlag(AngleSharp.Dom.DocumentPositions.Following));
        Assert.Null(thai.QuerySelector("aside.translation-notice"));
    }

    [Fact]
    public async Task ArticlesUpdatedTogetherShowNoNotice()
    {
        ContentEdits.SetUpdated(_content.Root, "what-is-social-credit", "th", new DateOnly(2026, 12, 1));
        ContentEdits.SetUpdated(_content.Root, "what-is-social-credit", "en", new DateOnly(2026, 12, 1));
        using var site = SiteFactory.Over(_content.Root);
        using var client = site.CreateClient();

        foreach (var path in new[] { "/en/articles/what-is-social-credit", "/th/articles/what-is-social-credit" })
        {
            var page = await PageHtml.GetAsync(client, path);
            Assert.Null(page.QuerySelector("aside.translation-notice"));
        }
    }
}
