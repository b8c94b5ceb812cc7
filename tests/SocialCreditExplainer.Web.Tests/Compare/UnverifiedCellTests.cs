using AngleSharp.Html.Parser;
using SocialCreditExplainer.Web.Tests.Support;

namespace SocialCreditExplainer.Web.Tests.Compare;

/// <summary>A cell whose claim is reported but not verified is labelled so (the real content has none yet).</summary>
public sealed class UnverifiedCellTests : IDisposable
{
    readonly ContentFolderCopy _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task AReportedButUnverifiedCellIsLabelledInBothLanguages()
    {
        // The first cell of the file (who-runs-it, China) becomes "unverified".
        var path = _content.PathOf("comparison/dimensions.yaml");
        var yaml = await File.ReadAllTextAsync(path);
        var first = yaml.IndexOf("status: known", StringComparison.Ordinal);
        await File.WriteAllTextAsync(path, yaml[..first] + "status: unverified" + yaml[(first + "status: known".Length)..]);
        using var site = SiteFactory.Over(_content.Root);
        using var client = site.CreateClient();

        foreach (var (lang, label) in new[] { ("th", "มีรายงานแต่ยังไม่ยืนยัน"), ("en", "Reported but unverified") })
        {
            var page = new HtmlParser().ParseDocument(await client.GetStringAsync($"/{lang}/compare"));

            var cells = page.GetElementById("who-runs-it")!.QuerySelectorAll("td");
            Assert.Equal(label, cells[0].QuerySelector(".cell-status")!.TextContent);
            Assert.Null(cells[1].QuerySelector(".cell-status"));
            Assert.NotNull(cells[0].QuerySelector("sup.cite a.cite-link"));
        }
    }
}
