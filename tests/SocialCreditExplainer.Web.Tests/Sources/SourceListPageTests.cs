using SocialCreditExplainer.Content;
using SocialCreditExplainer.Content.Languages;
using SocialCreditExplainer.Content.Sources;
using SocialCreditExplainer.Web.Components.Sources;
using SocialCreditExplainer.Web.Tests.Support;

namespace SocialCreditExplainer.Web.Tests.Sources;

/// <summary>The source list: grouped by type, filtered by country and language with a plain GET form and links.</summary>
public sealed class SourceListPageTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Theory]
    [InlineData("th")]
    [InlineData("en")]
    public async Task EverySourceIsListedOnceUnderAHeadingForItsType(string lang)
    {
        var language = SiteLanguage.FromCode(lang)!;
        var text = SourcesText.For(language);
        var snapshot = SourcePages.Snapshot(site);

        var page = await SourcePages.Get(site, $"/{lang}/sources");

        Assert.Equal(lang, page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(text.SourcesTitle, page.QuerySelector("h1")!.TextContent);
        var groups = page.QuerySelectorAll("section.source-group");
        var expectedTypes = snapshot.Sources.Select(s => s.Type).Distinct().Order().ToList();
        Assert.Equal(expectedTypes.Select(t => text.TypeHeading(t)), groups.Select(g => g.QuerySelector("h2")!.FirstChild!.TextContent.Trim()));

        var listed = new List<string>();
        foreach (var (group, type) in groups.Zip(expectedTypes))
        {
            foreach (var link in group.QuerySelectorAll(".source-card-title a"))
            {
                var id = link.GetAttribute("href")![$"/{lang}/sources/".Length..];
                Assert.Equal(type, snapshot.FindSource(id)!.Type);
                Assert.Equal(snapshot.FindSource(id)!.DisplayTitle(language), link.TextContent);
                listed.Add(id);
            }
        }

        Assert.Equal(snapshot.Sources.Select(s => s.Id).Order(), listed.Order());
    }

    [Fact]
    public async Task TheCountryFilterShowsOnlyThatCountrysSources()
    {
        var snapshot = SourcePages.Snapshot(site);

        var page = await SourcePages.Get(site, "/en/sources?country=thailand");

        var ids = Ids(page, "en");
        Assert.Equal(snapshot.Sources.Count(s => s.Country == Country.Thailand), ids.Count);
        Assert.All(ids, id => Assert.Equal(Country.Thailand, snapshot.FindSource(id)!.Country));
        Assert.Equal("thailand", page.QuerySelector("#filter-country option[selected]")!.GetAttribute("value"));
        Assert.Equal("Thailand", page.QuerySelector(".filter-links a[aria-current=page]")!.TextContent);
        Assert.Contains($"Showing {ids.Count} of {snapshot.Sources.Count} sources", page.QuerySelector(".results-count")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CountryAndLanguageFiltersCombineOnTheThaiPage()
    {
        var snapshot = SourcePages.Snapshot(site);
        var expected = snapshot.Sources.Where(s => s.Country == Country.China && s.Language == "zh").Select(s => s.Id).Order().ToList();
        Assert.NotEmpty(expected);

        var page = await SourcePages.Get(site, "/th/sources?country=china&language=zh");

        Assert.Equal(expected, Ids(page, "th").Order());
        Assert.Equal($"แสดง {expected.Count} จาก {snapshot.Sources.Count} รายการ", page.QuerySelector(".results-count")!.TextContent);
        Assert.Equal(["จีน", "ภาษาจีน"], page.QuerySelectorAll(".filter-links a[aria-current=page]").Select(a => a.TextContent));

        // Each filter link keeps the other filter, so a reader can narrow in steps.
        var thaiLanguageLink = page.QuerySelectorAll(".filter-links a").Single(a => a.TextContent == "ภาษาไทย");
        Assert.Equal("/th/sources?country=china&language=th", thaiLanguageLink.GetAttribute("href"));
    }

    [Fact]
    public async Task SwitchingLanguageKeepsTheFiltersButNotOtherParameters()
    {
        var page = await SourcePages.Get(site, "/en/sources?country=china&utm_source=newsletter&language=zh");

        var switcher = page.QuerySelector("a.language-switcher")!.GetAttribute("href");
        Assert.Equal("/th/language?to=" + Uri.EscapeDataString("/th/sources?country=china&language=zh"), switcher);

        // Followed, the switch lands on the Thai list with the same filters.
        using var client = site.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var response = await client.GetAsync(switcher);
        Assert.Equal("/th/sources?country=china&language=zh", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task TheFilterIsAPlainGetFormWithLabelledControls()
    {
        var page = await SourcePages.Get(site, "/th/sources");

        var form = page.QuerySelector("form.source-filter")!;
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("/th/sources", form.GetAttribute("action"));
        foreach (var select in form.QuerySelectorAll("select"))
        {
            Assert.NotNull(form.QuerySelector($"label[for='{select.Id}']"));
        }

        Assert.Equal(["country", "language"], form.QuerySelectorAll("select").Select(s => s.GetAttribute("name")));
        Assert.NotNull(form.QuerySelector("button[type=submit]"));
    }

    [Theory]
    [InlineData("/en/sources?country=mars&language=xx", "Some filter values were not recognised")]
    [InlineData("/th/sources?country=%00&language=%3Cscript%3E", "ตัวกรองบางค่าไม่ถูกต้อง")]
    public async Task UnknownFilterValuesAreIgnoredWithANoticeNotAnError(string path, string notice)
    {
        var snapshot = SourcePages.Snapshot(site);

        var page = await SourcePages.Get(site, path);

        Assert.Contains(notice, page.QuerySelector(".filter-ignored")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(snapshot.Sources.Count, page.QuerySelectorAll(".source-card").Length);
    }

    [Theory]
    [InlineData("th", "ไม่ปรากฏวันที่")]
    [InlineData("en", "n.d.")]
    public async Task AnUndatedSourceSaysSoInTheReadersLanguage(string lang, string noDate)
    {
        var undated = SourcePages.Snapshot(site).Sources.First(s => s.Published is null);

        var page = await SourcePages.Get(site, $"/{lang}/sources");

        var card = Card(page, lang, undated.Id);
        Assert.Equal(noDate, card.QuerySelector(".source-date")!.TextContent);
    }

    [Theory]
    [InlineData("th", "3 มีนาคม 2566", "เอกสารของรัฐ")]
    [InlineData("en", "3 March 2023", "Government document")]
    public async Task ACardShowsPublisherDateInTheReadersCalendarAndType(string lang, string date, string type)
    {
        var page = await SourcePages.Get(site, $"/{lang}/sources");

        var card = Card(page, lang, "mpc-2023-03-03-action-plan");
        Assert.Equal("ศูนย์คุณธรรม (องค์การมหาชน)", card.QuerySelector(".source-publisher")!.TextContent);
        var time = card.QuerySelector(".source-date time")!;
        Assert.Equal("2023-03-03", time.GetAttribute("datetime"));
        Assert.Equal(date, time.TextContent);
        Assert.Equal(type, card.QuerySelector(".source-type")!.TextContent);
    }

    static List<string> Ids(AngleSharp.Dom.IDocument page, string lang) =>
        [.. page.QuerySelectorAll(".source-card-title a").Select(a => a.GetAttribute("href")![$"/{lang}/sources/".Length..])];

    static AngleSharp.Dom.IElement Card(AngleSharp.Dom.IDocument page, string lang, string id) =>
        page.QuerySelector($".source-card-title a[href='/{lang}/sources/{id}']")!.Closest(".source-card")!;
}
