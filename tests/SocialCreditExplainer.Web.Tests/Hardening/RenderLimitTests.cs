using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Http;
using SocialCreditExplainer.Web.Hosting;

namespace SocialCreditExplainer.Web.Tests.Hardening;

/// <summary>
/// Page renders beyond the limit wait their turn, and a reader who waits too long is told the site
/// is busy (in both languages) instead of waiting for ever. The middleware is real; the page
/// behind it is a stand-in that renders only when the test lets it.
/// </summary>
public sealed class RenderLimitTests
{
    [Fact]
    public async Task ARenderBeyondTheLimitWaitsForTheOneBeforeIt()
    {
        var limit = new RenderLimit(concurrentRenders: 1, maxWait: TimeSpan.FromSeconds(30));
        var firstMayFinish = new TaskCompletionSource();
        var rendered = new List<string>();

        var first = limit.InvokeAsync(PageRequest(), async _ => { await firstMayFinish.Task; rendered.Add("first"); });
        var second = limit.InvokeAsync(PageRequest(), _ => { rendered.Add("second"); return Task.CompletedTask; });

        await Task.Delay(100);
        Assert.Empty(rendered);
        firstMayFinish.SetResult();
        await Task.WhenAll(first, second);

        Assert.Equal(["first", "second"], rendered);
    }

    [Fact]
    public async Task AReaderWhoWaitsTooLongIsToldTheSiteIsBusyInBothLanguages()
    {
        var limit = new RenderLimit(concurrentRenders: 1, maxWait: TimeSpan.FromMilliseconds(50));
        var firstMayFinish = new TaskCompletionSource();
        var first = limit.InvokeAsync(PageRequest(), _ => firstMayFinish.Task);

        var waiting = PageRequest();
        await limit.InvokeAsync(waiting, _ => throw new InvalidOperationException("must not render"));
        firstMayFinish.SetResult();
        await first;

        Assert.Equal(StatusCodes.Status503ServiceUnavailable, waiting.Response.StatusCode);
        Assert.Equal("5", waiting.Response.Headers.RetryAfter.ToString());
        var body = BodyOf(waiting);
        Assert.Contains("The site is busy", body, StringComparison.Ordinal);
        Assert.Contains("โปรดลองใหม่", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RequestsThatAreNotPageRendersAreNeverHeld()
    {
        var limit = new RenderLimit(concurrentRenders: 1, maxWait: TimeSpan.FromMilliseconds(50));
        var pageMayFinish = new TaskCompletionSource();
        var page = limit.InvokeAsync(PageRequest(), _ => pageMayFinish.Task);

        var asset = new DefaultHttpContext();
        var served = false;
        await limit.InvokeAsync(asset, _ => { served = true; return Task.CompletedTask; });
        pageMayFinish.SetResult();
        await page;

        Assert.True(served);
        Assert.Equal(StatusCodes.Status200OK, asset.Response.StatusCode);
    }

    static DefaultHttpContext PageRequest()
    {
        var context = new DefaultHttpContext();
        context.Response.Body = new MemoryStream();
        context.SetEndpoint(new Endpoint(_ => Task.CompletedTask, new EndpointMetadataCollection(new ComponentTypeMetadata(typeof(object))), "page"));
        return context;
    }

    static string BodyOf(HttpContext context)
    {
        context.Response.Body.Position = 0;
        return new StreamReader(context.Response.Body).ReadToEnd();
    }
}
