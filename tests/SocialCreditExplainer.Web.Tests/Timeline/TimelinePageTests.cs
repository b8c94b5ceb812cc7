using System.Globalization;
using System.Net;
using SocialCreditExplainer.Web.Tests.Support;

namespace SocialCreditExplainer.Web.Tests.Timeline;

public sealed class TimelinePageTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Theory]
    [InlineData("th")]
    [InlineData("en")]
    public async Task EveryEventIsListedOnceInDateOrderWithAnIsoTime(string lang)
    {
        var page = TimelineHtml.Parse(await GetAsync($"/{lang}/timeline"));

        var events = TimelineHtml.Events(page);
        var starts = events.Select(e => Start(e.QuerySelector(".event-meta time")!.GetAttribute("datetime")!)).ToList();

        Assert.True(events.Count >= 35, $"Only {events.Count} events.");
        Assert.Equal(events.Count, TimelineHtml.EventIds(page).Distinct().Count());
        Assert.Equal(starts.Order().ToList(), starts);
        Assert.Contains(events, e => e.GetAttribute("data-country") == "china");
        Assert.Contains(events, e => e.GetAttribute("data-country") == "thailand");
        Assert.Equal(lang, page.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task ThaiReadersSeeBuddhistEraDatesAndEnglishReadersCommonEra()
    {
        var thai = TimelineHtml.Parse(await GetAsync("/th/timeline"));
        var english = TimelineHtml.Parse(await GetAsync("/en/timeline"));

        Assert.Equal("ประมาณ พ.ศ. 188–206", Time(thai, "cn-shang-yang-reforms").TextContent);
        Assert.Equal("c. 356–338 BCE", Time(english, "cn-shang-yang-reforms").TextContent);
        Assert.Equal("-0355/-0337", Time(thai, "cn-shang-yang-reforms").GetAttribute("datetime"));
        Assert.Equal("14 มิถุนายน 2557", Time(thai, "cn-planning-outline-2014").TextContent);
        Assert.Equal("14 June 2014", Time(english, "cn-planning-outline-2014").TextContent);
        Assert.Equal("2014-06-14", Time(english, "cn-planning-outline-2014").GetAttribute("datetime"));
        Assert.Equal("ลำดับเหตุการณ์", thai.QuerySelector("h1")!.TextContent);
        Assert.Equal("Timeline", english.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task EachEventHasAPermalinkCitationMarkersAndRelatedArticles()
    {
        var page = TimelineHtml.Parse(await GetAsync("/th/timeline"));
        var item = page.GetElementById("cn-shang-yang-reforms")!;

        var permalink = item.QuerySelector(".event-permalink a")!;
        Assert.Equal("/th/timeline#cn-shang-yang-reforms", permalink.GetAttribute("href"));
        Assert.Contains("ลิงก์ถาวร", permalink.TextContent, StringComparison.Ordinal);

        // The same markup as an article's citation: number, tooltip with title, meta and quote, described-by.
        var marker = item.QuerySelector(".event-summary sup.cite a.cite-link")!;
        var tip = page.GetElementById(marker.GetAttribute("aria-describedby")!)!;
        Assert.Equal("[1]", marker.TextContent);
        Assert.StartsWith("/th/sources/", marker.GetAttribute("href"), StringComparison.Ordinal);
        Assert.StartsWith("แหล่งที่มา 1: ", marker.GetAttribute("aria-label"), StringComparison.Ordinal);
        Assert.Equal("tooltip", tip.GetAttribute("role"));
        Assert.Contains("cite-tip", tip.ClassList);
        Assert.NotNull(tip.QuerySelector(".cite-tip-title"));
        Assert.NotNull(tip.QuerySelector(".cite-tip-meta"));
        Assert.NotNull(tip.QuerySelector(".cite-tip-quote"));
        Assert.Equal(5, item.QuerySelectorAll("sup.cite a.cite-link").Length);

        Assert.Contains(item.QuerySelectorAll(".event-articles a"), a => a.GetAttribute("href")!.StartsWith("/th/articles/", StringComparison.Ordinal));
        Assert.Contains(item.QuerySelectorAll(".event-themes li"), li => li.TextContent == "กฎหมายและนโยบาย");
    }

    [Fact]
    public async Task WhereSourcesDisagreeBothDatesAreShownWithTheSourceThatGivesEach()
    {
        var thai = TimelineHtml.Parse(await GetAsync("/th/timeline"));
        var english = TimelineHtml.Parse(await GetAsync("/en/timeline"));

        var item = thai.GetElementById("cn-grid-management")!;
        Assert.Equal("ไม่แน่ชัด", item.QuerySelector(".event-badge")!.TextContent);
        Assert.Contains("แหล่งข้อมูลไม่ตรงกัน", item.QuerySelector(".event-uncertain")!.TextContent, StringComparison.Ordinal);
        var alternatives = english.GetElementById("cn-grid-management")!.QuerySelectorAll(".event-uncertain li");
        Assert.Equal(2, alternatives.Length);
        Assert.Equal("2001/2002", alternatives[0].QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Equal("/en/sources/wikipedia-social-credit-system", alternatives[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("/en/sources/chinamediaproject-grid-2018", alternatives[1].QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task FiltersWorkAsAPlainQueryString()
    {
        var page = TimelineHtml.Parse(await GetAsync("/en/timeline?country=thailand&theme=parliament-politics&theme=public-debate"));

        var events = TimelineHtml.Events(page);
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Equal("thailand", e.GetAttribute("data-country")));
        Assert.All(events, e => Assert.Contains(
            e.QuerySelectorAll(".event-themes li"), li => li.TextContent is "Parliament and politics" or "Public debate"));
        Assert.Equal($"Showing {events.Count} of {await TotalAsync()} events", TimelineHtml.Status(page));

        // The form shows the filter it applied, so a reader without JavaScript can change it.
        Assert.True(((AngleSharp.Html.Dom.IHtmlInputElement)page.GetElementById("timeline-country-thailand")!).IsChecked);
        Assert.True(((AngleSharp.Html.Dom.IHtmlInputElement)page.GetElementById("timeline-theme-public-debate")!).IsChecked);
        Assert.False(((AngleSharp.Html.Dom.IHtmlInputElement)page.GetElementById("timeline-theme-pilots")!).IsChecked);
    }

    [Fact]
    public async Task ThaiReadersMayTypeBuddhistEraYearsAndGetTheSameEventsAsTheCeLink()
    {
        var typed = TimelineHtml.Parse(await GetAsync("/th/timeline?from=2557&to=2563&era=be"));
        var linked = TimelineHtml.Parse(await GetAsync("/th/timeline?from=2014&to=2020"));

        Assert.NotEmpty(TimelineHtml.EventIds(typed));
        Assert.Equal(TimelineHtml.EventIds(linked), TimelineHtml.EventIds(typed));
        Assert.Equal("2557", linked.GetElementById("timeline-from")!.GetAttribute("value"));
        Assert.Equal("be", linked.QuerySelector("input[type=hidden][name=era]")!.GetAttribute("value"));
        Assert.Equal("true", linked.QuerySelector(".timeline-periods a[href='/th/timeline?from=2014&to=2020']")!.GetAttribute("aria-current"));
    }

    [Fact]
    public async Task PeriodPresetsAreLinksKeepingTheOtherFiltersAndLabelledInTheReadersEra()
    {
        var thai = TimelineHtml.Parse(await GetAsync("/th/timeline?country=china"));
        var english = TimelineHtml.Parse(await GetAsync("/en/timeline?country=china"));

        var thaiLinks = thai.QuerySelectorAll(".timeline-periods a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        var englishLabels = english.QuerySelectorAll(".timeline-periods a").Select(a => a.TextContent).ToList();

        Assert.Contains(("ก่อน พ.ศ. 2492", "/th/timeline?country=china&to=1948"), thaiLinks);
        Assert.Contains(("พ.ศ. 2557–2563", "/th/timeline?country=china&from=2014&to=2020"), thaiLinks);
        Assert.Contains(("ตั้งแต่ พ.ศ. 2564", "/th/timeline?country=china&from=2021"), thaiLinks);
        Assert.Equal(["Any time", "Before 1949", "1949–2006", "2007–2013", "2014–2020", "2021 onwards"], englishLabels);
    }

    [Theory]
    [InlineData("th", "?country=mars", "ไม่มีประเทศ “mars”", "จึงแสดงเหตุการณ์ทั้งหมดแทน")]
    [InlineData("en", "?country=mars", "There is no country “mars”", "Showing all events instead.")]
    [InlineData("en", "?from=2020&to=2010", "The “from” year is after the “to” year.", "Showing all events instead.")]
    [InlineData("th", "?from=2563&to=2557&era=be", "ปีเริ่มต้นอยู่หลังปีสิ้นสุด", "จึงแสดงเหตุการณ์ทั้งหมดแทน")]
    [InlineData("en", "?from=abc", "The “from” year “abc” is not a year", "Showing all events instead.")]
    [InlineData("en", "?to=0", "there is no year 0", "Showing all events instead.")]
    [InlineData("th", "?theme=gossip&from=%3Cscript%3E", "ไม่มีประเด็น “gossip”", "ปีเริ่มต้น “<script>” ไม่ถูกต้อง")]
    [InlineData("en", "?era=ad&from=2014", "“ad”", "Showing all events instead.")]
    public async Task AnInvalidQueryExplainsItselfAndShowsEveryEvent(string lang, string query, string message, string also)
    {
        using var client = site.CreateClient();
        using var response = await client.GetAsync($"/{lang}/timeline{query}");
        var html = await response.Content.ReadAsStringAsync();
        var page = TimelineHtml.Parse(html);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var problems = page.QuerySelector(".timeline-problems[role=alert]")!.TextContent;
        Assert.Contains(message, problems, StringComparison.Ordinal);
        Assert.Contains(also, problems, StringComparison.Ordinal);
        Assert.Equal(await TotalAsync(), TimelineHtml.Events(page).Count);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownLanguageIsNotFound()
    {
        using var client = site.CreateClient();
        using var response = await client.GetAsync("/xx/timeline");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task TheFiltersAreAPlainGetFormAndTheIslandIsPrerenderedForACircuit()
    {
        var html = await GetAsync("/en/timeline");
        var page = TimelineHtml.Parse(html);

        var form = page.QuerySelector("form.timeline-filters")!;
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("/en/timeline", form.GetAttribute("action"));
        Assert.Equal("false", page.QuerySelector(".timeline")!.GetAttribute("data-interactive"));
        Assert.Contains("<!--Blazor:{\"type\":\"server\"", html, StringComparison.Ordinal);
        Assert.Equal("status", page.QuerySelector(".timeline-status")!.GetAttribute("role"));
        Assert.Equal("ol", page.QuerySelector(".timeline-events")!.LocalName);
    }

    [Theory]
    [InlineData("th", "ดาวน์โหลดข้อมูล")]
    [InlineData("en", "Download the data")]
    public async Task ThePageLinksToTheDownloads(string lang, string label)
    {
        var page = TimelineHtml.Parse(await GetAsync($"/{lang}/timeline"));

        var downloads = page.QuerySelector(".timeline-downloads")!;
        Assert.Contains(label, downloads.TextContent, StringComparison.Ordinal);
        Assert.Equal(["/api/v1/timeline.csv", "/api/v1/timeline.json"], downloads.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
    }

    async Task<int> TotalAsync() => TimelineHtml.Events(TimelineHtml.Parse(await GetAsync("/en/timeline"))).Count;

    async Task<string> GetAsync(string path)
    {
        using var client = site.CreateClient();
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    static AngleSharp.Dom.IElement Time(AngleSharp.Dom.IDocument page, string id) =>
        page.GetElementById(id)!.QuerySelector(".event-meta time")!;

    // The start of an ISO date or interval as a sortable (year, month, day); years may be negative.
    static (int Year, int Month, int Day) Start(string iso)
    {
        var start = iso.Split('/')[0];
        var negative = start.StartsWith('-');
        var parts = (negative ? start[1..] : start).Split('-');
        var year = int.Parse(parts[0], CultureInfo.InvariantCulture) * (negative ? -1 : 1);
        return (year, parts.Length > 1 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : 0, parts.Length > 2 ? int.Parse(parts[2], CultureInfo.InvariantCulture) : 0);
    }
}
