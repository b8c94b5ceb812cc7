using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using SocialCreditExplainer.Content;
using SocialCreditExplainer.Content.Comparison;
using SocialCreditExplainer.Content.Languages;
using SocialCreditExplainer.Web.Site;
using SocialCreditExplainer.Web.Tests.Support;

namespace SocialCreditExplainer.Web.Tests.Compare;

/// <summary>The comparison page, in both languages, over the real content.</summary>
public sealed class ComparePageTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    ContentSnapshot Snapshot => site.Services.GetRequiredService<ContentStore>().Current;

    [Theory]
    [InlineData("th", "เปรียบเทียบไทยกับจีน", "ประเด็น", "จีน", "ไทย")]
    [InlineData("en", "Thailand and China compared", "Dimension", "China", "Thailand")]
    public async Task TheTableHasACaptionAndColumnHeadersInTheReadersLanguage(string lang, string title, string dimension, string china, string thailand)
    {
        var page = await Page($"/{lang}/compare");

        Assert.Equal(lang, page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(title, page.QuerySelector("h1")!.TextContent);
        var table = Assert.Single(page.QuerySelectorAll("table"));
        Assert.False(string.IsNullOrWhiteSpace(table.QuerySelector("caption")?.TextContent));
        var headers = table.QuerySelectorAll("thead th");
        Assert.Equal([dimension, china, thailand], headers.Select(h => h.TextContent));
        Assert.All(headers, h => Assert.Equal("col", h.GetAttribute("scope")));
    }

    [Theory]
    [InlineData("th")]
    [InlineData("en")]
    public async Task EachDimensionIsARowHeadedByItsLabelWithItsIdAsAnchor(string lang)
    {
        var language = SiteLanguage.FromCode(lang)!;
        var page = await Page($"/{lang}/compare");

        var rows = page.QuerySelectorAll("table tbody tr");
        Assert.Equal(Snapshot.Comparison.Select(d => d.Id), rows.Select(r => r.Id));
        Assert.Equal(Snapshot.Comparison.Select(d => d.Label[language]), rows.Select(r => r.QuerySelector("th[scope=row]")!.TextContent));
        Assert.All(rows, r => Assert.Equal(2, r.QuerySelectorAll("td").Length));
    }

    [Theory]
    [InlineData("th")]
    [InlineData("en")]
    public async Task EveryCellShowsItsTextAndCitesEachOfItsSources(string lang)
    {
        var language = SiteLanguage.FromCode(lang)!;
        var page = await Page($"/{lang}/compare");

        foreach (var dimension in Snapshot.Comparison)
        {
            var cells = page.GetElementById(dimension.Id)!.QuerySelectorAll("td");
            foreach (var (cell, td) in new[] { dimension.China, dimension.Thailand }.Zip(cells))
            {
                Assert.Equal(cell.Text[language], td.QuerySelector(".cell-text")!.FirstChild!.TextContent);
                Assert.Equal(cell.Sources.Order(), CitedSourceIds(page, td, lang).Order());
            }
        }
    }

    [Fact]
    public async Task MarkersShowTheirSourceOnHoverAndFocusWithoutScript()
    {
        var page = await Page("/th/compare");

        var markers = page.QuerySelectorAll("td sup.cite a.cite-link");
        Assert.NotEmpty(markers);
        Assert.All(markers, marker =>
        {
            // The tooltip is a sibling inside the same <sup class="cite">, which site.css shows on
            // :hover and :focus-within; the link names it with aria-describedby.
            var tip = page.GetElementById(marker.GetAttribute("aria-describedby")!)!;
            Assert.Equal("tooltip", tip.GetAttribute("role"));
            Assert.Equal(marker.ParentElement, tip.ParentElement);
            Assert.NotNull(tip.QuerySelector(".cite-tip-title"));
            Assert.NotNull(tip.QuerySelector(".cite-tip-meta"));
            Assert.StartsWith("แหล่งที่มา ", marker.GetAttribute("aria-label"), StringComparison.Ordinal);
        });
        Assert.Empty(page.QuerySelectorAll("script:not([src])"));
    }

    [Fact]
    public async Task ATooltipReadsAsInTheArticles()
    {
        var compare = await Page("/th/compare");
        var article = await Page("/th/articles/" + Snapshot.FindArticleByKey(SiteLanguage.Thai, "thailand-vs-china")!.Slug);

        var inTable = Tooltip(compare, "clt-planning-outline-2014", "th");
        var inArticle = Tooltip(article, "clt-planning-outline-2014", "th");

        Assert.Equal(inArticle.QuerySelector(".cite-tip-title")!.OuterHtml, inTable.QuerySelector(".cite-tip-title")!.OuterHtml);
        Assert.Equal(inArticle.QuerySelector(".cite-tip-quote")!.OuterHtml, inTable.QuerySelector(".cite-tip-quote")!.OuterHtml);
        Assert.Equal("China Law Translate, 14 มิถุนายน 2557", inTable.QuerySelector(".cite-tip-meta")!.TextContent);
        Assert.Equal(inArticle.ClassName, inTable.ClassName);
    }

    [Theory]
    [InlineData("th", "ไม่ทราบ")]
    [InlineData("en", "Not known")]
    public async Task CellsThatAreNotKnownSaySo(string lang, string label)
    {
        var page = await Page($"/{lang}/compare");

        foreach (var dimension in Snapshot.Comparison)
        {
            var cells = page.GetElementById(dimension.Id)!.QuerySelectorAll("td");
            foreach (var (cell, td) in new[] { dimension.China, dimension.Thailand }.Zip(cells))
            {
                var status = td.QuerySelector(".cell-status")?.TextContent;
                Assert.Equal(cell.Status == CellStatus.NotKnown ? label : null, status);
            }
        }

        Assert.Contains(Snapshot.Comparison, d => d.Thailand.Status == CellStatus.NotKnown);
    }

    [Theory]
    [InlineData("th", "จีน", "ไทย")]
    [InlineData("en", "China", "Thailand")]
    public async Task OnAPhoneEachCellIsLabelledWithItsCountry(string lang, string china, string thailand)
    {
        var page = await Page($"/{lang}/compare");

        Assert.All(page.QuerySelectorAll("tbody tr"), row =>
            Assert.Equal([china, thailand], row.QuerySelectorAll("td").Select(td => td.GetAttribute("data-label"))));
    }

    [Fact]
    public async Task TheReferenceListLinksToEachSourcePageAndBackToEveryMarker()
    {
        var page = await Page("/en/compare");

        var references = page.QuerySelectorAll(".references li");
        Assert.Equal(Snapshot.Comparison.SelectMany(d => d.China.Sources.Concat(d.Thailand.Sources)).Distinct().Count(), references.Length);
        Assert.All(references, li =>
        {
            Assert.StartsWith("/en/sources/", li.QuerySelector("a")!.GetAttribute("href"), StringComparison.Ordinal);
            var backlinks = li.QuerySelectorAll(".backrefs a");
            Assert.NotEmpty(backlinks);
            Assert.All(backlinks, a => Assert.NotNull(page.GetElementById(a.GetAttribute("href")![1..])));
        });
    }

    [Fact]
    public async Task CitedInLinksFromASourceLandOnTheirRow()
    {
        var page = await Page("/th/compare");

        var places = Snapshot.Sources
            .SelectMany(s => Snapshot.Citations.PlacesCiting(s.Id, SiteLanguage.Thai))
            .Where(p => p.Kind == Content.Sources.CitingKind.ComparisonCell)
            .ToList();
        Assert.NotEmpty(places);
        Assert.All(places, p =>
        {
            Assert.StartsWith("/th/compare#", p.Url, StringComparison.Ordinal);
            Assert.Equal("tr", page.GetElementById(p.Url.Split('#')[1])?.LocalName);
        });
    }

    [Theory]
    [InlineData("th", "เปรียบเทียบไทยกับจีน")]
    [InlineData("en", "Thailand and China compared")]
    public async Task TheHomePageLeadsToTheComparison(string lang, string heading)
    {
        var page = await Page($"/{lang}/");

        var callout = page.QuerySelector(".compare-callout")!;
        Assert.Equal(heading, callout.QuerySelector("h2")!.TextContent);
        Assert.Equal($"/{lang}/compare", callout.QuerySelector("a")!.GetAttribute("href"));
        // It comes before the article lists, near the top of the page.
        var all = page.All.ToList();
        Assert.True(all.IndexOf(callout) < all.IndexOf(page.QuerySelector(".audiences")!));
    }

    [Theory]
    [InlineData("th")]
    [InlineData("en")]
    public async Task ThePageLinksToTheComparisonArticle(string lang)
    {
        var article = Snapshot.FindArticleByKey(SiteLanguage.FromCode(lang)!, "thailand-vs-china")!;
        var page = await Page($"/{lang}/compare");

        Assert.NotNull(page.QuerySelector($".compare-header a[href='/{lang}/articles/{article.Slug}']"));
    }

    [Fact]
    public async Task TheOtherLanguageIsTheSamePage()
    {
        var page = await Page("/th/compare");

        Assert.EndsWith("/en/compare", page.QuerySelector("link[rel=alternate][hreflang=en]")!.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownLanguageIsNotFound()
    {
        using var client = site.CreateClient();
        using var response = await client.GetAsync("/fr/compare");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    /// <summary>The sources a cell's markers point to, read through the page's reference list.</summary>
    static IEnumerable<string> CitedSourceIds(IDocument page, IElement td, string lang) =>
        td.QuerySelectorAll("sup.cite a.cite-link").Select(marker =>
        {
            var reference = page.GetElementById(marker.GetAttribute("href")![1..])!;
            Assert.Equal("li", reference.LocalName);
            return reference.QuerySelector("a")!.GetAttribute("href")![$"/{lang}/sources/".Length..];
        });

    /// <summary>The first tooltip on the page for a source, found through the reference list.</summary>
    static IElement Tooltip(IDocument page, string sourceId, string lang)
    {
        var reference = page.QuerySelectorAll(".references li").First(li => li.QuerySelector("a")!.GetAttribute("href") == $"/{lang}/sources/{sourceId}");
        var marker = page.QuerySelectorAll("a.cite-link").First(a => a.GetAttribute("href") == "#" + reference.Id);
        return page.GetElementById(marker.GetAttribute("aria-describedby")!)!;
    }

    async Task<IDocument> Page(string path)
    {
        using var client = site.CreateClient();
        return new HtmlParser().ParseDocument(await client.GetStringAsync(path));
    }
}
