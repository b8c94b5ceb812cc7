using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using SocialCreditExplainer.Content.Timelines;
using SocialCreditExplainer.Web.Components.Timeline;

namespace SocialCreditExplainer.Web.Tests.Timeline;

/// <summary>The timeline island rendered statically (no circuit) and interactively (a live circuit).</summary>
public sealed class TimelineViewTests : BunitContext
{
    public TimelineViewTests()
    {
        Services.AddSingleton(RealContentStore.Instance);
        JSInterop.SetupVoid("history.replaceState", _ => true).SetVoidResult();
        // The layout's language link, which the island moves with the address.
        JSInterop.SetupModule(invocation => invocation.Identifier == "document.querySelector").SetupVoid("setAttribute", _ => true).SetVoidResult();
    }

    int Total => RealContentStore.Instance.Current.TimelineEvents.Count;

    [Fact]
    public void StaticallyTheFiltersAreAGetFormAndPlainLinks()
    {
        var cut = RenderStatic("en", countries: ["china"]);

        Assert.Equal("false", cut.Find(".timeline").GetAttribute("data-interactive"));
        Assert.Equal("get", cut.Find("form.timeline-filters").GetAttribute("method"));
        Assert.Equal("/en/timeline?country=china&from=2014&to=2020", cut.FindAll(".timeline-periods a")[4].GetAttribute("href"));
        Assert.All(TimelineHtml.Events(cut.Find(".timeline")), e => Assert.Equal("china", e.GetAttribute("data-country")));
    }

    [Fact]
    public void InteractivelyTheIslandSaysSoAndHandlesTheFormItself()
    {
        var cut = RenderInteractive("en");

        Assert.Equal("true", cut.Find(".timeline").GetAttribute("data-interactive"));
        Assert.False(cut.Find("form.timeline-filters").HasAttribute("method"));
        Assert.Equal(Total, Ids(cut).Count);
    }

    [Fact]
    public void PickingACountryUpdatesTheListTheCountAndTheAddressInPlace()
    {
        var cut = RenderInteractive("en");

        cut.Find("#timeline-country-thailand").Change("thailand");

        var events = TimelineHtml.Events(cut.Find(".timeline"));
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Equal("thailand", e.GetAttribute("data-country")));
        Assert.Equal($"Showing {events.Count} of {Total} events", cut.Find(".timeline-status").TextContent);
        Assert.Contains("timeline-events--one-column", cut.Find("ol.timeline-events").ClassList);
        var replaced = JSInterop.VerifyInvoke("history.replaceState", calledTimes: 1);
        Assert.Equal("/en/timeline?country=thailand", replaced[0].Arguments[2]);
    }

    [Fact]
    public void ClickingAPeriodPresetFiltersWithoutNavigating()
    {
        var cut = RenderInteractive("en");

        cut.FindAll(".timeline-periods a").Single(a => a.TextContent == "2014–2020").Click();

        Assert.Equal(Ids(RenderStatic("en", from: "2014", to: "2020")), Ids(cut));
        Assert.Equal("true", cut.FindAll(".timeline-periods a").Single(a => a.TextContent == "2014–2020").GetAttribute("aria-current"));
        Assert.Equal("2014", cut.Find("#timeline-from").GetAttribute("value"));
    }

    [Fact]
    public void TheSameFilterGivesTheSameEventsStaticallyAndInteractively()
    {
        var fromQuery = RenderStatic("th", countries: ["thailand"], themes: ["parliament-politics", "public-debate"], from: "2564", era: "be");
        var clicked = RenderInteractive("th");

        clicked.Find("#timeline-country-thailand").Change("thailand");
        clicked.Find("#timeline-theme-parliament-politics").Change(true);
        clicked.Find("#timeline-theme-public-debate").Change(true);
        clicked.Find("#timeline-from").Change("2564");

        Assert.NotEmpty(Ids(fromQuery));
        Assert.True(Ids(fromQuery).Count < Total);
        Assert.Equal(Ids(fromQuery), Ids(clicked));
        Assert.Equal(TimelineHtml.Status(fromQuery.Find(".timeline")), TimelineHtml.Status(clicked.Find(".timeline")));
        var lastAddress = JSInterop.Invocations["history.replaceState"][^1].Arguments[2];
        Assert.Equal("/th/timeline?country=thailand&theme=parliament-politics&theme=public-debate&from=2021", lastAddress);
    }

    [Fact]
    public void UntickingAThemeWidensTheListAgain()
    {
        var cut = RenderInteractive("en");
        cut.Find("#timeline-theme-private-scores").Change(true);
        var narrowed = Ids(cut).Count;

        cut.Find("#timeline-theme-private-scores").Change(false);

        Assert.InRange(narrowed, 1, Total - 1);
        Assert.Equal(Total, Ids(cut).Count);
    }

    [Fact]
    public void ABadYearTypedInteractivelyIsExplainedAndEveryEventShown()
    {
        var cut = RenderInteractive("en");
        cut.Find("#timeline-country-china").Change("china");

        cut.Find("#timeline-from").Change("2020");
        cut.Find("#timeline-to").Change("2010");

        Assert.Contains("The “from” year is after the “to” year.", cut.Find(".timeline-problems").TextContent, StringComparison.Ordinal);
        Assert.Equal(Total, Ids(cut).Count);
    }

    [Fact]
    public void ClearingFiltersShowsEverythingAgain()
    {
        var cut = RenderInteractive("en", countries: ["china"], from: "2014");

        cut.FindAll(".timeline-filter-actions a").Single().Click();

        Assert.Equal(Total, Ids(cut).Count);
        Assert.True(cut.Find("#timeline-country-both").HasAttribute("checked"));
        Assert.Equal(string.Empty, cut.Find("#timeline-from").GetAttribute("value"));
    }

    [Fact]
    public void AnInvalidQueryInTheStaticRenderIsExplainedInThai()
    {
        var cut = RenderStatic("th", countries: ["mars"], to: "0");

        var problems = cut.Find(".timeline-problems").TextContent;
        Assert.Contains("ไม่มีประเทศ “mars”", problems, StringComparison.Ordinal);
        Assert.Contains("ปีสิ้นสุด “0” ไม่ถูกต้อง", problems, StringComparison.Ordinal);
        Assert.Equal(Total, Ids(cut).Count);
    }

    IRenderedComponent<TimelineView> RenderStatic(string lang, string[]? countries = null, string[]? themes = null, string? from = null, string? to = null, string? era = null)
    {
        SetRendererInfo(new RendererInfo("Static", isInteractive: false));
        return Render<TimelineView>(p => Parameters(p, lang, countries, themes, from, to, era));
    }

    IRenderedComponent<TimelineView> RenderInteractive(string lang, string[]? countries = null, string? from = null)
    {
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        return Render<TimelineView>(p => Parameters(p, lang, countries, null, from, null, null).SetAssignedRenderMode(RenderMode.InteractiveServer));
    }

    static ComponentParameterCollectionBuilder<TimelineView> Parameters(
        ComponentParameterCollectionBuilder<TimelineView> p, string lang, string[]? countries, string[]? themes, string? from, string? to, string? era) =>
        p.Add(x => x.Lang, lang)
            .Add(x => x.Countries, countries)
            .Add(x => x.Themes, themes)
            .Add(x => x.From, from)
            .Add(x => x.To, to)
            .Add(x => x.Era, era);

    static IReadOnlyList<string> Ids(IRenderedComponent<TimelineView> cut) => TimelineHtml.EventIds(cut.Find(".timeline"));
}
