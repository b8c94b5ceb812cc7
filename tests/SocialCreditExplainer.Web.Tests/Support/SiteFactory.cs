using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;

namespace SocialCreditExplainer.Web.Tests.Support;

/// <summary>
/// The real site over real HTTP (in memory), serving either the repository's real content folder
/// or a folder a test made. Log events are captured by a real Serilog sink.
/// </summary>
public class SiteFactory : WebApplicationFactory<Program>
{
    /// <summary>The site over the repository's real content (the shape xunit class fixtures need).</summary>
    public SiteFactory()
        : this(RepositoryContent.Root)
    {
    }

    SiteFactory(string contentRoot)
    {
        ContentRoot = contentRoot;
        Debounce = TimeSpan.FromMilliseconds(100);
    }

    /// <summary>The site over a content folder the test made (and may edit).</summary>
    public static SiteFactory Over(string contentRoot) => new(contentRoot);

    public string ContentRoot { get; }

    public TimeSpan Debounce { get; }

    public CapturingSink Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseStaticWebAssets();
        builder.UseSetting("Content:Root", ContentRoot);
        builder.UseSetting("Content:Debounce", Debounce.ToString());
        builder.ConfigureServices(services => services.AddSingleton<ILogEventSink>(Logs));
    }

    /// <summary>A client that does not follow redirects, so tests see them.</summary>
    public HttpClient CreateRawClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
}
