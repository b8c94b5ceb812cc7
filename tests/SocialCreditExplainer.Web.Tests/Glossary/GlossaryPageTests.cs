using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using SocialCreditExplainer.Content;
using SocialCreditExplainer.Content.Languages;
using SocialCreditExplainer.Web.Site;
using SocialCreditExplainer.Web.Tests.Support;

namespace SocialCreditExplainer.Web.Tests.Glossary;

/// <summary>The glossary page, in both languages, over the real content.</summary>
public sealed class GlossaryPageTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    ContentSnapshot Snapshot => site.Services.GetRequiredService<ContentStore>().Current;

    [Theory]
    [InlineData("th", "อภิธานศัพท์")]
    [InlineData("en", "Glossary")]
    public async Task EveryTermHasItsAnchorAndIsShownInTheReadersLanguage(string lang, string title)
    {
        var language = SiteLanguage.FromCode(lang)!;
        var page = await Page($"/{lang}/glossary");

        Assert.Equal(lang, page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(title, page.QuerySelector("h1")!.TextContent);
        Assert.Equal(Snapshot.Glossary.Count, page.QuerySelectorAll("dl > .glossary-entry").Length);
        Assert.All(Snapshot.Glossary, term =>
        {
            var entry = page.GetElementById(term.Id);
            Assert.NotNull(entry);
            Assert.Equal(term.Term[language], entry.QuerySelector("dt dfn")!.TextContent);
            Assert.Equal(term.Definition[language], entry.QuerySelector(".entry-definition")!.FirstChild!.TextContent);
        });
    }

    [Fact]
    public async Task ThaiTermsAreInThaiDictionaryOrder()
    {
        var page = await Page("/th/glossary");

        var names = Names(page);
        // Leading vowels are read after their consonant: เครดิต… files under ค, between ก and ธ.
        Assert.True(names.IndexOf("การบริหารจัดการแบบกริด") < names.IndexOf("เครดิตคุณธรรม"));
        Assert.True(names.IndexOf("เครดิตคุณธรรม") < names.IndexOf("ธนาคารความดี"));
        Assert.True(names.IndexOf("ผู้ถูกบังคับคดีที่ไม่ปฏิบัติตามคำพิพากษา") < names.IndexOf("แผนการปฏิรูปประเทศ / Big Rock"));
        AssertSorted(names, CultureInfo.GetCultureInfo("th-TH"));
        Assert.Equal("ค", GroupOf(page, "moral-credit"));
        Assert.Equal("ซ", GroupOf(page, "sesame-credit"));
        Assert.Equal("ฟ", GroupOf(page, "dangan"));
    }

    [Fact]
    public async Task EnglishTermsAreInEnglishAlphabeticalOrder()
    {
        var page = await Page("/en/glossary");

        var names = Names(page);
        AssertSorted(names, CultureInfo.GetCultureInfo("en-GB"));
        Assert.Equal("H", GroupOf(page, "hukou"));
        Assert.Equal("B", GroupOf(page, "blacklist"));
        Assert.Equal("L", GroupOf(page, "legalism"));
    }

    [Theory]
    [InlineData("th", "ก")]
    [InlineData("en", "B")]
    public async Task LetterHeadingsHaveAnchorsAndAJumpList(string lang, string firstLetter)
    {
        var page = await Page($"/{lang}/glossary");

        var headings = page.QuerySelectorAll(".glossary-group h2");
        Assert.Equal(firstLetter, headings[0].TextContent);
        Assert.Equal(headings.Length, headings.Select(h => h.TextContent).Distinct().Count());
        var jumps = page.QuerySelectorAll("nav.glossary-jump a");
        Assert.Equal(headings.Select(h => "#" + h.Id), jumps.Select(a => a.GetAttribute("href")));
        Assert.Equal(headings.Select(h => h.TextContent), jumps.Select(a => a.TextContent));
        Assert.False(string.IsNullOrEmpty(page.QuerySelector("nav.glossary-jump")!.GetAttribute("aria-label")));
    }

    [Fact]
    public async Task AThaiLetterOnTheEnglishPageIsMarkedAsThai()
    {
        var page = await Page("/en/glossary");

        var thaiHeadings = page.QuerySelectorAll(".glossary-group h2").Where(h => h.TextContent[0] is >= '\u0E00' and <= '\u0E7F').ToList();
        Assert.NotEmpty(thaiHeadings);
        Assert.All(thaiHeadings, h => Assert.Equal("th", h.GetAttribute("lang")));
    }

    [Fact]
    public async Task ChineseAndPinyinAreShownWithTheirLanguage()
    {
        var page = await Page("/th/glossary");

        var hukou = page.GetElementById("hukou")!;
        Assert.Equal("household registration", hukou.QuerySelector("[lang=en]")!.TextContent);
        Assert.Equal("户口", hukou.QuerySelector("[lang=zh-Hans]")!.TextContent);
        Assert.Equal("hùkǒu", hukou.QuerySelector("[lang=zh-Latn-pinyin]")!.TextContent);
        Assert.Null(page.GetElementById("goodness-bank")!.QuerySelector("[lang=zh-Hans]"));
    }

    [Fact]
    public async Task TheEnglishPageShowsTheThaiTermMarkedAsThai()
    {
        var page = await Page("/en/glossary");

        var hukou = page.GetElementById("hukou")!;
        Assert.Equal("household registration", hukou.QuerySelector("dfn")!.TextContent);
        Assert.Equal("ระบบทะเบียนครัวเรือน", hukou.QuerySelector("[lang=th]")!.TextContent);
    }

    [Theory]
    [InlineData("th", "คำแปลที่เราเสนอ (ยังไม่มีคำบัญญัติ)")]
    [InlineData("en", "Thai rendering suggested by us (no standard Thai term yet)")]
    public async Task SuggestedThaiRenderingsAreFlagged(string lang, string note)
    {
        var page = await Page($"/{lang}/glossary");

        Assert.All(Snapshot.Glossary, term =>
            Assert.Equal(term.SuggestedThai ? note : null, page.GetElementById(term.Id)!.QuerySelector(".entry-suggested")?.TextContent));
        Assert.Contains(Snapshot.Glossary, t => t.SuggestedThai);
    }

    [Theory]
    [InlineData("th")]
    [InlineData("en")]
    public async Task EveryTermCitesEachOfItsSources(string lang)
    {
        var page = await Page($"/{lang}/glossary");

        Assert.All(Snapshot.Glossary, term =>
        {
            var markers = page.GetElementById(term.Id)!.QuerySelectorAll(".entry-definition sup.cite a.cite-link");
            var cited = markers.Select(m =>
            {
                var tip = page.GetElementById(m.GetAttribute("aria-describedby")!)!;
                Assert.Equal("tooltip", tip.GetAttribute("role"));
                var reference = page.GetElementById(m.GetAttribute("href")![1..])!;
                return reference.QuerySelector("a")!.GetAttribute("href");
            });
            Assert.Equal(term.Sources.Select(id => $"/{lang}/sources/{id}").Order(), cited.Order());
        });
    }

    [Fact]
    public async Task AnUnknownLanguageIsNotFound()
    {
        using var client = site.CreateClient();
        using var response = await client.GetAsync("/zz/glossary");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    static List<string> Names(IDocument page) => [.. page.QuerySelectorAll(".glossary-entry dfn").Select(d => d.TextContent)];

    static string GroupOf(IDocument page, string termId) =>
        page.GetElementById(termId)!.Closest(".glossary-group")!.QuerySelector("h2")!.TextContent;

    /// <summary>Each name sorts at or after the one before it, by the culture's own collation (punctuation ignored).</summary>
    static void AssertSorted(List<string> names, CultureInfo culture)
    {
        for (var i = 1; i < names.Count; i++)
        {
            Assert.True(
                culture.CompareInfo.Compare(names[i - 1], names[i], CompareOptions.IgnoreSymbols) <= 0,
                $"'{names[i - 1]}' should not come before '{names[i]}'");
        }
    }

    async Task<IDocument> Page(string path)
    {
        using var client = site.CreateClient();
        return new HtmlParser().ParseDocument(await client.GetStringAsync(path));
    }
}
