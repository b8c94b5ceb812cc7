using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using SocialCreditExplainer.Search;
using SocialCreditExplainer.Web.Components.Search;
using SocialCreditExplainer.Web.Tests.Timeline;

namespace SocialCreditExplainer.Web.Tests.Search;

/// <summary>The search island rendered statically (no circuit) and interactively (a live circuit).</summary>
public sealed class SearchViewTests : BunitContext
{
    static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);
    readonly BunitJSModuleInterop _languageLink;

    public SearchViewTests()
    {
        Services.AddSingleton<ISiteSearch>(RealSearchIndex.Instance);
        Services.AddSingleton(RealContentStore.Instance);
        JSInterop.SetupVoid("history.replaceState", _ => true).SetVoidResult();
        // The layout's language link, which the island moves with the address.
        _languageLink = JSInterop.SetupModule(invocation => invocation.Identifier == "document.querySelector");
        _languageLink.SetupVoid("setAttribute", _ => true).SetVoidResult();
    }

    [Fact]
    public void StaticallyTheFormIsAPlainGetFormAndTheResultsAreThere()
    {
        var cut = RenderStatic("en", "hukou");

        Assert.Equal("false", cut.Find(".search").GetAttribute("data-interactive"));
        Assert.Equal("get", cut.Find("form.search-form").GetAttribute("method"));
        Assert.Equal("/en/search", cut.Find("form.search-form").GetAttribute("action"));
        Assert.Equal("hukou", cut.Find("#search-q").GetAttribute("value"));
        Assert.Equal("/en/glossary#hukou", Links(cut)[0]);
    }

    [Fact]
    public void InteractivelyTheIslandSaysSoAndHandlesTheFormItself()
    {
        var cut = RenderInteractive("en", "hukou");

        Assert.Equal("true", cut.Find(".search").GetAttribute("data-interactive"));
        Assert.False(cut.Find("form.search-form").HasAttribute("method"));
        Assert.Equal("status", cut.Find(".search-status").GetAttribute("role"));
    }

    [Theory]
    [InlineData("th", "เครดิตสังคม", null)]
    [InlineData("en", "hùkǒu", null)]
    [InlineData("en", "social credit", "timeline")]
    [InlineData("th", "sesame credit", null)]
    public void TheSameQueryGivesTheSameHitsStaticallyAndInteractively(string lang, string query, string? type)
    {
        var fromQuery = RenderStatic(lang, query, type);
        var live = RenderInteractive(lang, query, type);

        Assert.NotEmpty(Links(fromQuery));
        Assert.Equal(Links(fromQuery), Links(live));
        Assert.Equal(OtherLinks(fromQuery), OtherLinks(live));
        Assert.Equal(fromQuery.Find(".search-status").TextContent, live.Find(".search-status").TextContent);
    }

    [Fact]
    public void TypingSearchesAfterAPauseAndUpdatesTheResultsTheCountAndTheAddress()
    {
        var expected = RenderStatic("en", "hukou");
        var cut = RenderInteractive("en", null);
        Assert.Empty(cut.FindAll("li.search-hit"));
        Assert.NotEmpty(cut.FindAll(".search-examples a"));

        cut.Find("#search-q").Input("hukou");

        cut.WaitForAssertion(() => Assert.Equal(Links(expected), Links(cut)), Patience);
        Assert.Equal(expected.Find(".search-status").TextContent, cut.Find(".search-status").TextContent);
        Assert.Empty(cut.FindAll(".search-examples"));
        // The address follows the render (ApplyAsync), so wait for it too.
        cut.WaitForAssertion(() => JSInterop.VerifyInvoke("history.replaceState", calledTimes: 1), Patience);
        var replaced = JSInterop.VerifyInvoke("history.replaceState", calledTimes: 1);
        Assert.Equal("/en/search?q=hukou", replaced[0].Arguments[2]);
    }

    [Fact]
    public void QuickTypingSearchesOnceForTheLastText()
    {
        var cut = RenderInteractive("th", null);

        cut.Find("#search-q").Input("เค");
        cut.Find("#search-q").Input("เครดิต");
        cut.Find("#search-q").Input("เครดิตสังคม");

        cut.WaitForAssertion(() => Assert.NotEmpty(Links(cut)), Patience);
        cut.WaitForAssertion(() => JSInterop.VerifyInvoke("history.replaceState", calledTimes: 1), Patience);
        var replaced = JSInterop.VerifyInvoke("history.replaceState", calledTimes: 1);
        Assert.Equal("/th/search?q=" + Uri.EscapeDataString("เครดิตสังคม"), replaced[0].Arguments[2]);
        Assert.Equal(Links(RenderStatic("th", "เครดิตสังคม")), Links(cut));
    }

    [Fact]
    public void SubmittingSearchesAtOnce()
    {
        var cut = RenderInteractive("en", null);

        cut.Find("#search-q").Input("blacklist");
        cut.Find("form.search-form").Submit();

        Assert.Equal(Links(RenderStatic("en", "blacklist")), Links(cut));
    }

    [Fact]
    public void PickingASectionRefiltersInPlace()
    {
        var cut = RenderInteractive("en", "hukou");

        cut.Find("#search-type").Change("glossary");

        Assert.NotEmpty(cut.FindAll("li.search-hit"));
        Assert.All(cut.FindAll("li.search-hit"), h => Assert.Equal("glossary-term", h.GetAttribute("data-type")));
        Assert.Equal("/en/search?q=hukou&type=glossary", JSInterop.Invocations["history.replaceState"][^1].Arguments[2]);
        // Switching language now keeps the search and the section.
        cut.WaitForAssertion(() => Assert.Equal(["href", "/th/language?to=" + Uri.EscapeDataString("/th/search?q=hukou&type=glossary")],
            _languageLink.Invocations["setAttribute"][^1].Arguments), Patience);
    }

    [Fact]
    public void ClearingTheBoxBringsBackTheExamplesAndThePlainAddress()
    {
        var cut = RenderInteractive("en", "hukou");

        cut.Find("#search-q").Input(string.Empty);

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("li.search-hit")), Patience);
        Assert.NotEmpty(cut.FindAll(".search-examples a"));
        Assert.Equal(string.Empty, cut.Find(".search-status").TextContent);
        // The results render first and the address follows (ApplyAsync), so wait for it too.
        cut.WaitForAssertion(() => Assert.Equal("/en/search", JSInterop.Invocations["history.replaceState"][^1].Arguments[2]), Patience);
    }

    [Fact]
    public void TypingEnglishOnTheThaiPageOffersTheEnglishMatches()
    {
        var cut = RenderInteractive("th", null);

        cut.Find("#search-q").Input("sesame credit");

        cut.WaitForAssertion(() => Assert.NotEmpty(OtherLinks(cut)), Patience);
        Assert.Equal("ผลการค้นหาภาษาอังกฤษ", cut.Find(".search-other h2").TextContent);
        Assert.All(OtherLinks(cut), href => Assert.StartsWith("/en/", href, StringComparison.Ordinal));
    }

    [Fact]
    public void ThaiReadersGetTheEnginesNoticesInThai()
    {
        var empty = RenderStatic("th", string.Empty);
        var punctuation = RenderStatic("th", "?!*");
        var partial = RenderStatic("en", "hukou zqxjvwk");

        Assert.Equal("พิมพ์คำหรือข้อความที่ต้องการค้นหา", empty.Find(".search-message").TextContent);
        Assert.Equal(string.Empty, empty.Find(".search-status").TextContent);
        Assert.Equal("ข้อความนี้ไม่มีคำที่ใช้ค้นหาได้ ลองพิมพ์คำอื่น", punctuation.Find(".search-message").TextContent);
        Assert.Equal("No page has all of your words, so pages with some of them are shown.", partial.Find(".search-message").TextContent);
        Assert.NotEmpty(Links(partial));
    }

    [Fact]
    public void SnippetsAreRenderedAsMarkupWithOnlyMarks()
    {
        var cut = RenderStatic("en", "<b>hukou</b>");

        var snippets = cut.FindAll(".search-hit-snippet");
        Assert.NotEmpty(snippets);
        Assert.Contains(snippets, s => s.QuerySelector("mark") is not null);
        Assert.All(snippets, s => Assert.All(s.Children, child => Assert.Equal("MARK", child.TagName)));
        Assert.Empty(cut.FindAll(".search b"));
    }

    IRenderedComponent<SearchView> RenderStatic(string lang, string? query, string? type = null)
    {
        SetRendererInfo(new RendererInfo("Static", isInteractive: false));
        return Render<SearchView>(p => p.Add(x => x.Lang, lang).Add(x => x.Q, query).Add(x => x.Type, type));
    }

    IRenderedComponent<SearchView> RenderInteractive(string lang, string? query, string? type = null)
    {
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        return Render<SearchView>(p => p.Add(x => x.Lang, lang).Add(x => x.Q, query).Add(x => x.Type, type).SetAssignedRenderMode(RenderMode.InteractiveServer));
    }

    static IReadOnlyList<string> Links(IRenderedComponent<SearchView> cut) =>
        [.. cut.FindAll(".search > ol.search-hits .search-hit-title a").Select(a => a.GetAttribute("href")!)];

    static IReadOnlyList<string> OtherLinks(IRenderedComponent<SearchView> cut) =>
        [.. cut.FindAll(".search-other .search-hit-title a").Select(a => a.GetAttribute("href")!)];
}
