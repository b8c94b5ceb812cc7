using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using SocialCreditExplainer.Web.Hosting;

namespace SocialCreditExplainer.Web.Tests.Hardening;

/// <summary>
/// Kestrel runs request code on the socket's I/O thread; anything the page store does not answer
/// must move to the thread pool, or a slow render would hold every connection on that thread.
/// </summary>
public sealed class IoThreadSchedulingTests
{
    [Fact]
    public async Task WorkBeyondTheCacheLeavesTheIoThread()
    {
        var ranOnPool = await RunFromDedicatedThread(Pipeline());

        Assert.True(ranOnPool);
    }

    [Fact]
    public async Task WorkAlreadyOnThePoolStaysWhereItIs()
    {
        var thread = -1;
        var pipeline = Pipeline(() => thread = Environment.CurrentManagedThreadId);

        var ran = await Task.Run(async () =>
        {
            var caller = Environment.CurrentManagedThreadId;
            await pipeline(new DefaultHttpContext());
            return caller;
        });

        Assert.Equal(ran, thread);
    }

    static RequestDelegate Pipeline(Action? inEndpoint = null)
    {
        var app = new ApplicationBuilder(new ServiceCollection().BuildServiceProvider());
        app.UseThreadPoolBeyondTheCache();
        app.Run(context =>
        {
            inEndpoint?.Invoke();
            context.Items["pool"] = Thread.CurrentThread.IsThreadPoolThread;
            return Task.CompletedTask;
        });
        return app.Build();
    }

    // Stands in for the runtime's socket thread: a thread of its own, not one of the pool's.
    static Task<bool> RunFromDedicatedThread(RequestDelegate pipeline)
    {
        var result = new TaskCompletionSource<bool>();
        var thread = new Thread(() =>
        {
            var context = new DefaultHttpContext();
            pipeline(context).ContinueWith(_ => result.SetResult((bool)context.Items["pool"]!), TaskScheduler.Default);
        });
        thread.Start();
        return result.Task;
    }
}
