using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;
using Serilog;
using SocialCreditExplainer.Content.Loading;
using SocialCreditExplainer.Content.Markdown;
using SocialCreditExplainer.Web.Api;
using SocialCreditExplainer.Web.Citing;
using SocialCreditExplainer.Web.Components;
using SocialCreditExplainer.Web.Site;

namespace SocialCreditExplainer.Web.Hosting;

/// <summary>Service registration and the request pipeline, kept out of Program.cs.</summary>
public static class SiteServiceExtensions
{
    public static WebApplicationBuilder AddSiteServices(this WebApplicationBuilder builder)
    {
        // Logging
        // preserveStaticLogger: the static bootstrap logger stays for Program.cs; each host (tests
        // start several in one process) gets its own logger instead of freezing the shared one.
        builder.Services.AddSerilog(
            (services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext(),
            preserveStaticLogger: true);

        // Content: one snapshot, built at start-up and rebuilt when files change
        builder.Services.Configure<ContentOptions>(builder.Configuration.GetSection(ContentOptions.SectionName));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<ArticleRenderer>();
        builder.Services.AddSingleton<ContentLoader>();
        builder.Services.AddSingleton(services => new ContentStore(
            services.GetRequiredService<ContentLoader>(),
            services.GetRequiredService<IOptions<ContentOptions>>().Value.ResolveRoot(),
            services.GetRequiredService<ILogger<ContentStore>>()));
        builder.Services.AddHostedService<ContentWatcher>();
        Search.SearchServiceExtensions.AddSiteSearch(builder.Services);
        // After the content and the search index: hosted services start in registration order.
        builder.Services.AddHostedService<MemoryTrim>();

        // Pages: static server rendering everywhere; interactive server only where a component opts in
        builder.Services.AddRazorComponents()
            .AddInteractiveServerComponents();
        // Registered after Blazor's own provider, so this one is used: see the type for why.
        builder.Services.AddScoped<Microsoft.AspNetCore.Components.Forms.AntiforgeryStateProvider, NoAntiforgeryTokens>();
        builder.Services.AddHttpContextAccessor();

        // Write Thai (and Chinese) as characters, not as numeric entities seven times their size.
        builder.Services.AddWebEncoders(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

        // JSON API: problem details for every error, described by OpenAPI
        builder.Services.AddProblemDetails();
        // API answers are JSON documents, not HTML: Thai and Chinese stay readable rather than \u-escaped.
        builder.Services.ConfigureHttpJsonOptions(options =>
            options.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        builder.Services.AddOpenApi();

        // Speed and safety: cached reading pages, compression, rate limits, small requests
        builder.Services.AddReadingPageCache();
        builder.Services.AddSiteRateLimits(builder.Configuration);
        // Behind a reverse proxy: trust its X-Forwarded-* headers (loopback proxies by default), and
        // share data-protection keys between instances when a folder for them is configured.
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto);
        if (builder.Configuration["DataProtection:KeysPath"] is { Length: > 0 } keysPath)
        {
            builder.Services.AddDataProtection()
                .SetApplicationName("SocialCreditExplainer")
                .PersistKeysToFileSystem(new DirectoryInfo(keysPath));
        }

        builder.WebHost.UseInlineRequestScheduling();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            // The site takes no uploads; a reader's request is a URL and a few headers.
            kestrel.Limits.MaxRequestBodySize = 64 * 1024;
            // A reading list built with the GET form carries its Thai note percent-encoded (9 bytes a
            // letter); 16 KB fits every field at its limit.
            kestrel.Limits.MaxRequestLineSize = 16 * 1024;
            kestrel.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
            // Larger than a stored page (the biggest article is about 340 KB uncompressed), so a
            // page is written and flushed without waiting on back-pressure: on the socket's I/O
            // thread that wait cost about 10 % of the CPU per page (docs/decisions/0005). It adds
            // no memory for stored pages, since Kestrel copies a single write into its buffer whole
            // either way; a render streaming to a slow reader may buffer this much before it waits.
            kestrel.Limits.MaxResponseBufferSize = 512 * 1024;
        });
        return builder;
    }

    public static WebApplication UseSite(this WebApplication app)
    {
        app.UseForwardedHeaders();
        // A stored reading page is sent from here, on the I/O thread, with the headers the rest of
        // the pipeline gave it when it was rendered; everything else goes on to the thread pool.
        app.UseReadingPageCache();
        app.UseThreadPoolBeyondTheCache();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
            app.UseHsts();
        }

        app.UseSecurityHeaders();
        // Outside the status-code pages, so a 404 logs one completion event, for the address the
        // reader asked for, rather than a second one for the re-executed not-found page.
        app.UseSerilogRequestLogging(options => RequestLogEnrichment.Configure(options, app.Services));
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseResponseCompression();
        // Explicit, so that routing (and the authorization Blazor registers) run after the
        // reading-page cache instead of first: a stored page needs no endpoint.
        app.UseRouting();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseRenderLimit();
        app.UseAntiforgery();

        app.MapStaticAssets();
        app.MapHealthEndpoints();
        app.MapLanguageRedirect();
        app.MapOpenApi();
        app.MapSiteApi();
        app.MapCitationDownloads();
        Feeds.FeedEndpoints.MapFeeds(app);
        app.MapRazorComponents<App>()
            .AddInteractiveServerRenderMode()
            .AnswerHead();
        return app;
    }
}
