using System.Net;
using SocialCreditExplainer.Content;
using SocialCreditExplainer.Content.Languages;
using SocialCreditExplainer.Content.Teaching;
using SocialCreditExplainer.Web.Components.Pages.Teach;
using SocialCreditExplainer.Web.Tests.Support;

namespace SocialCreditExplainer.Web.Tests.Teach;

public sealed class ReadingListPagesTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Theory]
    [InlineData("th")]
    [InlineData("en")]
    public async Task TheHomePagesBoxForTeachersLeadsToTheBuilder(string lang)
    {
        var language = SiteLanguage.FromCode(lang)!;
        using var client = site.CreateClient();

        var (status, page) = await TeachHtml.GetAsync(client, SiteUrls.Home(language));

        Assert.Equal(HttpStatusCode.OK, status);
        var links = page.QuerySelectorAll(".audiences .audience a").Where(a => a.GetAttribute("href") == TeachingUrls.Teach(language)).ToList();
        Assert.Equal(TeachText.For(language).BuilderTitle, Assert.Single(links).TextContent);
    }

    [Theory]
    [InlineData("th")]
    [InlineData("en")]
    public async Task TheBuilderIsAPlainGetFormListingEveryArticleAndItsSections(string lang)
    {
        var language = SiteLanguage.FromCode(lang)!;
        using var client = site.CreateClient();

        var (status, page) = await TeachHtml.GetAsync(client, TeachingUrls.Teach(language));

        Assert.Equal(HttpStatusCode.OK, status);
        var form = page.QuerySelector("form.teach-form")!;
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal(TeachingUrls.Teach(language), form.GetAttribute("action"));
        Assert.Empty(page.QuerySelectorAll("script:not([src])"));
        var values = form.QuerySelectorAll("input[type=checkbox][name=item]").Select(i => i.GetAttribute("value")).ToList();
        foreach (var article in TeachHtml.Snapshot(site).ArticlesIn(language))
        {
            Assert.Contains(article.Key, values);
            Assert.Contains(article.Metadata.Title, TeachHtml.Text(form));
            foreach (var section in ArticleSections.Assignable(article))
            {
                Assert.Contains(article.Key + "#" + section.Id, values);
            }
        }

        // Every control has a label a screen reader can announce.
        foreach (var control in form.QuerySelectorAll("input, textarea"))
        {
            Assert.NotNull(page.QuerySelector($"label[for='{control.Id}']"));
        }
    }

    [Fact]
    public async Task TheNavigationLeadsTeachersToTheBuilder()
    {
        using var client = site.CreateClient();

        var (_, thai) = await TeachHtml.GetAsync(client, "/th/");
        var (_, english) = await TeachHtml.GetAsync(client, "/en/articles");

        Assert.Equal("สำหรับครู", thai.QuerySelector("nav.site-nav a[href='/th/teach']")!.TextContent);
        Assert.Equal("For teachers", english.QuerySelector("nav.site-nav a[href='/en/teach']")!.TextContent);
    }

    [Fact]
    public async Task SubmittingTheFormRedirectsToALinkThatHoldsTheWholeList()
    {
        using var client = site.CreateRawClient();

        using var response = await client.GetAsync(
            "/th/teach?title=" + Uri.EscapeDataString("สัปดาห์ที่ 3: จีนกับไทย")
            + "&note=" + Uri.EscapeDataString("อ่านก่อนคาบวันพฤหัสบดี\r\nจดคำถามมาสองข้อ")
            + "&item=what-is-social-credit&item=" + Uri.EscapeDataString("china-social-credit-system#roots") + "&build=1");

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.Equal("/th/teach/list", location.AbsolutePath);
        var encoded = Uri.UnescapeDataString(location.Query["?l=".Length..]);
        Assert.True(ReadingListCodec.TryDecode(encoded, out var list, out _));
        Assert.Equal("สัปดาห์ที่ 3: จีนกับไทย", list.Title);
        Assert.Equal("อ่านก่อนคาบวันพฤหัสบดี\nจดคำถามมาสองข้อ", list.Note);
        Assert.Equal([new ReadingListItem("what-is-social-credit"), new ReadingListItem("china-social-credit-system", "roots")], list.Items);
    }

    [Fact]
    public async Task SubmittingWithoutAReadingSaysWhatIsMissingAndKeepsWhatWasTyped()
    {
        using var client = site.CreateRawClient();

        var (status, page) = await TeachHtml.GetAsync(client, "/th/teach?title=" + Uri.EscapeDataString("รายการของฉัน") + "&build=1");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("ยังไม่ได้เลือกบทความหรือหัวข้อใดเลย", page.QuerySelector(".teach-problem")!.TextContent);
        Assert.Equal("รายการของฉัน", page.QuerySelector("#list-title")!.GetAttribute("value"));
    }

    [Fact]
    public async Task OpeningAListShowsEachReadingWithItsLevelTimeObjectivesAndQuestions()
    {
        var snapshot = TeachHtml.Snapshot(site);
        var whole = snapshot.FindArticleByKey(SiteLanguage.English, "what-is-social-credit")!;
        var sectioned = snapshot.FindArticleByKey(SiteLanguage.English, "china-social-credit-system")!;
        var section = ArticleSections.Assignable(sectioned)[1];
        var encoded = Encode(new ReadingList("Week 3", "Read before Thursday.\nBring two questions.", [new(whole.Key), new(sectioned.Key, section.Id)]));
        using var client = site.CreateClient();

        var (status, page) = await TeachHtml.GetAsync(client, TeachingUrls.ReadingList(SiteLanguage.English, encoded));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Week 3", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("Read before Thursday.\nBring two questions.", page.QuerySelector(".reading-list-note")!.TextContent);
        var readings = page.QuerySelectorAll("ol.readings > li").ToList();
        Assert.Equal(2, readings.Count);

        Assert.Equal(SiteUrls.Article(SiteLanguage.English, whole.Slug), readings[0].QuerySelector("h3 a")!.GetAttribute("href"));
        Assert.Contains("Introductory", TeachHtml.Text(readings[0]));
        Assert.Contains($"{whole.ReadingMinutes} minute read", TeachHtml.Text(readings[0]));
        Assert.Equal(whole.Metadata.Objectives, readings[0].QuerySelectorAll(".teaching-objectives li").Select(li => li.TextContent));
        Assert.Equal(whole.Metadata.Questions, readings[0].QuerySelectorAll(".teaching-questions li").Select(li => li.TextContent));

        Assert.Equal(section.Text, readings[1].QuerySelector("h3")!.TextContent);
        Assert.Equal(SiteUrls.Article(SiteLanguage.English, sectioned.Slug, section.Id), readings[1].QuerySelector("h3 a")!.GetAttribute("href"));
        Assert.Contains("In depth", TeachHtml.Text(readings[1]));
        Assert.Equal(sectioned.Metadata.Questions, readings[1].QuerySelectorAll(".teaching-questions li").Select(li => li.TextContent));
    }

    [Fact]
    public async Task TheListPageOffersItsOwnLinkToCopyItsHandoutAndAWayToChangeIt()
    {
        var encoded = Encode(new ReadingList("", "", [new("thailand-social-credit")]));
        using var client = site.CreateClient();

        var (_, page) = await TeachHtml.GetAsync(client, TeachingUrls.ReadingList(SiteLanguage.Thai, encoded));

        Assert.Equal("รายการอ่าน", page.QuerySelector("h1")!.TextContent);
        var share = page.QuerySelector("input#share-link")!;
        Assert.True(share.HasAttribute("readonly"));
        Assert.Equal("http://localhost" + TeachingUrls.ReadingList(SiteLanguage.Thai, encoded), share.GetAttribute("value"));
        Assert.Equal("ลิงก์สำหรับแชร์", page.QuerySelector("#share-title")!.TextContent);
        var links = page.QuerySelectorAll(".reading-list-actions a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains(TeachingUrls.ReadingListHandout(SiteLanguage.Thai, encoded), links);
        Assert.Contains(TeachingUrls.EditList(SiteLanguage.Thai, encoded), links);
        Assert.Contains(TeachingUrls.ReadingList(SiteLanguage.English, encoded), links);
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
    }

    [Fact]
    public async Task TheChangeLinkFillsTheBuilderInWithTheList()
    {
        var encoded = Encode(new ReadingList("สัปดาห์ที่ 4", "โน้ต", [new("china-social-credit-system", "roots")]));
        using var client = site.CreateClient();

        var (status, page) = await TeachHtml.GetAsync(client, TeachingUrls.EditList(SiteLanguage.Thai, encoded));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("สัปดาห์ที่ 4", page.QuerySelector("#list-title")!.GetAttribute("value"));
        Assert.Equal("โน้ต", page.QuerySelector("#list-note")!.TextContent);
        var ticked = page.QuerySelectorAll("input[name=item][checked]").Select(i => i.GetAttribute("value")).ToList();
        Assert.Equal(["china-social-credit-system#roots"], ticked);
        Assert.True(page.QuerySelector("input[value='china-social-credit-system#roots']")!.Closest("details")!.HasAttribute("open"));
    }

    public static TheoryData<string, string, string> BadLinks()
    {
        var good = Encode(new ReadingList("Week 3", "", [new("what-is-social-credit")]));
        var middle = good.Length / 2;
        return new()
        {
            { "th", string.Empty, "ลิงก์นี้ไม่มีรายการอ่านอยู่" },
            { "en", string.Empty, "This link has no reading list in it." },
            { "th", good[..(good.Length - 5)], "ลิงก์ไม่ครบ" },
            { "en", good[..(good.Length - 5)], "The link is incomplete" },
            { "th", good[..middle] + (good[middle] == 'A' ? 'B' : 'A') + good[(middle + 1)..], "ลิงก์ถูกแก้ไขหรือเสียหาย" },
            { "en", good[..middle] + (good[middle] == 'A' ? 'B' : 'A') + good[(middle + 1)..], "The link was changed or damaged" },
            { "th", "ไม่ใช่ลิงก์", "ลิงก์มีตัวอักษรแปลกปลอมปนอยู่" },
            { "en", "%%%", "The link contains characters a reading list never has" },
            { "th", HandMadeLinks.Encode(new("", "", [new("about")]), version: 7), "รูปแบบรุ่นที่ 7" },
            { "en", HandMadeLinks.Encode(new("", "", [new("about")]), version: 7), "format version 7" },
            { "th", Encode(new("", "", [new("no-such-article")])), "ไม่พบบทความ “no-such-article”" },
            { "en", Encode(new("", "", [new("about", "no-such-heading")])), "The article “about” has no section “no-such-heading”" },
            { "en", HandMadeLinks.Encode(new(new string('x', 121), "", [new("about")])), "The title is 121 characters long" },
            { "th", HandMadeLinks.Encode(new("", "", [.. Enumerable.Repeat(new ReadingListItem("about"), 31)])), "เลือกไว้ 31 รายการ" },
            { "en", new string('A', ReadingListLimits.MaxEncodedLength + 1), "longer than any reading list can be" },
        };
    }

    [Theory]
    [MemberData(nameof(BadLinks))]
    public async Task ABadOrTamperedLinkSaysWhatIsWrongInTheReadersLanguage(string lang, string encoded, string expected)
    {
        var language = SiteLanguage.FromCode(lang)!;
        using var client = site.CreateClient();

        foreach (var path in new[] { TeachingUrls.ReadingList(language, encoded), TeachingUrls.ReadingListHandout(language, encoded) })
        {
            var (status, page) = await TeachHtml.GetAsync(client, path);

            Assert.Equal(HttpStatusCode.BadRequest, status);
            Assert.Equal(lang, page.DocumentElement.GetAttribute("lang"));
            Assert.Equal(TeachText.For(language).CannotOpenList, page.QuerySelector("h1")!.TextContent);
            Assert.Contains(expected, page.QuerySelector(".problem-message")!.TextContent);
            Assert.NotNull(page.QuerySelector($"a[href='{TeachingUrls.Teach(language)}']"));
        }
    }

    [Theory]
    [InlineData(new[] { "a", "a#x", "b#y", "b#z" }, new[] { "a", "b#y", "b#z" })]
    [InlineData(new[] { "b#y", "a", "b#y", "", "#x" }, new[] { "b#y", "a" })]
    [InlineData(new[] { "a#x", "b", "a", "b#y" }, new[] { "b", "a" })]
    public void AWholeArticleCoversItsSectionsAndEachReadingCountsOnce(string[] ticked, string[] expected) =>
        Assert.Equal(expected, ReadingListChoices.FromForm(ticked).Select(i => i.ToFormValue()));

    static string Encode(ReadingList list)
    {
        Assert.True(ReadingListCodec.TryEncode(list, out var encoded, out var problem), problem?.ToString());
        return encoded;
    }
}
