using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using SocialCreditExplainer.Content;
using SocialCreditExplainer.Content.Languages;
using SocialCreditExplainer.Content.Markdown;
using SocialCreditExplainer.Web.Site;
using SocialCreditExplainer.Web.Tests.Support;

namespace SocialCreditExplainer.Web.Tests.Glossary;

/// <summary>Glossary links written in the real articles (<c>[text](glossary:hukou)</c>) land on the glossary page.</summary>
public sealed class GlossaryLinkTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    ContentSnapshot Snapshot => site.Services.GetRequiredService<ContentStore>().Current;

    [Theory]
    [InlineData("th")]
    [InlineData("en")]
    public async Task AnArticleLinkingHukouShowsItsDefinitionAndLinksToItsEntry(string lang)
    {
        var language = SiteLanguage.FromCode(lang)!;
        var article = Snapshot.FindArticleByKey(language, "checking-the-sources")!;
        Assert.Contains(article.Body.Links, l => l.Kind == ContentLinkKind.Glossary && l.Target == "hukou");

        var page = await Page(SiteUrls.Article(language, article.Slug));

        var link = page.QuerySelector($".article-body .glossary-term > a[href='/{lang}/glossary#hukou']")!;
        var tip = page.GetElementById(link.GetAttribute("aria-describedby")!)!;
        Assert.Equal("tooltip", tip.GetAttribute("role"));
        Assert.Equal(Snapshot.FindTerm("hukou")!.Definition[language], tip.TextContent);
        Assert.Equal(link.ParentElement, tip.ParentElement);
    }

    [Theory]
    [InlineData("th")]
    [InlineData("en")]
    public async Task EveryGlossaryLinkInEveryArticleHasAnEntryToLandOn(string lang)
    {
        var language = SiteLanguage.FromCode(lang)!;
        var glossary = await Page($"/{lang}/glossary");

        var targets = Snapshot.ArticlesIn(language)
            .SelectMany(a => a.Body.Links)
            .Where(l => l.Kind == ContentLinkKind.Glossary)
            .Select(l => l.Target)
            .Distinct()
            .ToList();
        Assert.NotEmpty(targets);
        Assert.All(targets, id => Assert.Equal("glossary-entry", glossary.GetElementById(id)?.ClassName));
    }

    async Task<IDocument> Page(string path)
    {
        using var client = site.CreateClient();
        return new HtmlParser().ParseDocument(await client.GetStringAsync(path));
    }
}
