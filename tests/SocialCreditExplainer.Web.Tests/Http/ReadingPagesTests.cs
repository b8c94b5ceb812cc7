using System.Net;
using SocialCreditExplainer.Web.Tests.Support;

namespace SocialCreditExplainer.Web.Tests.Http;

public sealed class ReadingPagesTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Theory]
    [InlineData("th-TH,th;q=0.9,en;q=0.5", "/th/")]
    [InlineData("en-GB,en;q=0.9", "/en/")]
    [InlineData("de-DE", "/th/")]
    public async Task RootSendsReadersToTheirLanguage(string acceptLanguage, string expected)
    {
        using var client = site.CreateRawClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task AnExplicitChoiceIsRememberedOverTheBrowserLanguage()
    {
        using var client = site.CreateRawClient();
        using var choose = await client.GetAsync("/en/language?to=%2Fen%2Farticles");
        Assert.Equal("/en/articles", choose.Headers.Location!.OriginalString);
        var cookie = Assert.Single(choose.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith("lang=en", cookie, StringComparison.Ordinal);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.TryAddWithoutValidation("Accept-Language", "th-TH");
        request.Headers.TryAddWithoutValidation("Cookie", "lang=en");
        using var response = await client.SendAsync(request);

        Assert.Equal("/en/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task TheLanguageSwitchCannotRedirectOffSite()
    {
        using var client = site.CreateRawClient();
        using var response = await client.GetAsync("/en/language?to=https%3A%2F%2Fevil.example%2F");
        Assert.Equal("/en/", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("/th/", "th")]
    [InlineData("/en/", "en")]
    [InlineData("/th/articles", "th")]
    [InlineData("/en/articles", "en")]
    [InlineData("/th/articles/what-is-social-credit", "th")]
    [InlineData("/en/articles/what-is-social-credit", "en")]
    public async Task EveryPageExistsInBothLanguagesWithTheRightLangAndAlternates(string path, string lang)
    {
        using var client = site.CreateClient();
        var html = await client.GetStringAsync(path);

        Assert.Contains($"<html lang=\"{lang}\">", html, StringComparison.Ordinal);
        Assert.Contains("hreflang=\"th\"", html, StringComparison.Ordinal);
        Assert.Contains("hreflang=\"en\"", html, StringComparison.Ordinal);
        Assert.Contains("rel=\"canonical\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AThaiArticleShowsBuddhistEraDatesWithIsoDatetime()
    {
        using var client = site.CreateClient();
        var html = await client.GetStringAsync("/th/articles/what-is-social-credit");

        Assert.Matches("<time datetime=\"20\\d\\d-\\d\\d-\\d\\d\">\\d{1,2} [\\u0E00-\\u0E7F]+ 25\\d\\d</time>", html);
        Assert.Contains("สารบัญ", html, StringComparison.Ordinal);
        Assert.Contains("แหล่งอ้างอิง", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEnglishArticleShowsCommonEraDatesAndItsParts()
    {
        using var client = site.CreateClient();
        var html = await client.GetStringAsync("/en/articles/what-is-social-credit");

        Assert.Matches("<time datetime=\"20\\d\\d-\\d\\d-\\d\\d\">\\d{1,2} [A-Z][a-z]+ 20\\d\\d</time>", html);
        Assert.Contains("Contents", html, StringComparison.Ordinal);
        Assert.Contains("minute read", html, StringComparison.Ordinal);
        Assert.Contains("class=\"cite", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/th/no-such-page", "ไม่พบหน้าที่คุณต้องการ", "th")]
    [InlineData("/en/no-such-page", "Page not found", "en")]
    [InlineData("/th/articles/no-such-article", "ไม่พบหน้าที่คุณต้องการ", "th")]
    [InlineData("/en/articles/no-such-article", "Page not found", "en")]
    [InlineData("/xx/articles", "ไม่พบหน้าที่คุณต้องการ", "th")]
    public async Task UnknownPagesAre404sInTheReadersLanguageWithAWayBack(string path, string message, string lang)
    {
        using var client = site.CreateClient();
        using var response = await client.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.Contains($"<html lang=\"{lang}\">", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/{lang}/\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSwitcherOnAnArticleLeadsToTheSameArticle()
    {
        using var client = site.CreateClient();
        var html = await client.GetStringAsync("/th/articles/what-is-social-credit");

        Assert.Contains("href=\"/en/language?to=%2Fen%2Farticles%2Fwhat-is-social-credit\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EachRequestLogsOneCompletionEventWithLanguageAndArticle()
    {
        using var client = site.CreateClient();
        var before = site.Logs.Events.Count;
        using var response = await client.GetAsync("/en/articles/what-is-social-credit");

        // The completion event is written as the middleware unwinds, which may be just after the
        // client has the response.
        for (var i = 0; i < 50 && !site.Logs.Events.Skip(before).Any(e => e.Properties.ContainsKey("StatusCode")); i++)
        {
            await Task.Delay(20);
        }

        var completion = Assert.Single(site.Logs.Events.Skip(before), e =>
            e.MessageTemplate.Text.StartsWith("HTTP", StringComparison.Ordinal)
            && e.Properties["RequestPath"].ToString() == "\"/en/articles/what-is-social-credit\"");
        Assert.Equal("\"en\"", completion.Properties["Language"].ToString());
        Assert.Equal("\"what-is-social-credit\"", completion.Properties["ArticleKey"].ToString());
    }

    [Fact]
    public async Task AnUnknownPageLogsOneCompletionEventForTheAddressAskedFor()
    {
        using var client = site.CreateClient();
        var before = site.Logs.Events.Count;
        using var response = await client.GetAsync("/th/articles/no-such-article");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);

        for (var i = 0; i < 50 && !site.Logs.Events.Skip(before).Any(e => e.Properties.ContainsKey("StatusCode")); i++)
        {
            await Task.Delay(20);
        }

        // Not a second one for the not-found page the 404 is rendered with.
        await Task.Delay(100);
        var completion = Assert.Single(site.Logs.Events.Skip(before), e => e.MessageTemplate.Text.StartsWith("HTTP", StringComparison.Ordinal));
        Assert.Equal("\"/th/articles/no-such-article\"", completion.Properties["RequestPath"].ToString());
        Assert.Equal("404", completion.Properties["StatusCode"].ToString());
        Assert.Equal("\"th\"", completion.Properties["Language"].ToString());
    }
}
