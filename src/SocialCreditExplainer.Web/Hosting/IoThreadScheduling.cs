namespace SocialCreditExplainer.Web.Hosting;

/// <summary>
/// Cached reading pages are answered on the socket's own I/O thread; everything else is handed
/// to the thread pool. By default .NET hands every socket event to the thread pool and Kestrel
/// hands every request to it once more. For a page that is only a lookup and a copy of bytes,
/// those two hops cost more than the work: on two cores they held Kestrel to about 0.7 of
/// nginx's rate on the same page, and running inline brings it level (measured in
/// docs/decisions/0005-inline-io-for-cached-pages.md).
/// The risk of running on the I/O thread is work that holds it: every connection on that thread
/// waits. So <see cref="UseThreadPoolBeyondTheCache"/> sits right after the reading-page cache,
/// and a request the cache does not answer (a render, a search, the API, compression, a static
/// file) continues on the thread pool as before.
/// Operators can turn all of it off by setting DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS=0.
/// </summary>
public static class IoThreadScheduling
{
    const string InlineCompletionsVariable = "DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS";

    /// <summary>
    /// Asks the runtime's socket layer to run completions on its event threads, unless the
    /// environment already says otherwise. Call first thing in Main: the runtime reads the
    /// variable once, when the process opens its first socket.
    /// </summary>
    public static void PreferInlineCompletions()
    {
        if (Environment.GetEnvironmentVariable(InlineCompletionsVariable) is null)
        {
            Environment.SetEnvironmentVariable(InlineCompletionsVariable, "1");
        }
    }

    static bool InlineCompletionsEnabled => Environment.GetEnvironmentVariable(InlineCompletionsVariable) == "1";

    /// <summary>Kestrel runs request code on the thread that read the request, when the socket layer does.</summary>
    public static IWebHostBuilder UseInlineRequestScheduling(this IWebHostBuilder webHost) =>
        webHost.UseSockets(sockets => sockets.UnsafePreferInlineScheduling = InlineCompletionsEnabled);

    /// <summary>
    /// Moves a request off an I/O thread before any work that can take long. Placed after the
    /// reading-page cache: a stored page never gets here.
    /// </summary>
    public static IApplicationBuilder UseThreadPoolBeyondTheCache(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            // I/O threads are the runtime's own, not the pool's. Yield queues the rest of the
            // request to the pool (there is no synchronisation context in ASP.NET Core).
            if (!Thread.CurrentThread.IsThreadPoolThread)
            {
                await Task.Yield();
            }

            await next(context);
        });
}
