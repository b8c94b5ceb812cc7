using Microsoft.Extensions.DependencyInjection;
using SocialCreditExplainer.Web.Packing;
using SocialCreditExplainer.Web.Tests.Support;

namespace SocialCreditExplainer.Web.Tests.Teach;

/// <summary>The real site (in memory) packed once into a temporary folder, shared by a test class.</summary>
public sealed class PackedSite : IAsyncLifetime
{
    readonly string _parent = Path.Combine(Path.GetTempPath(), "sce-pack-" + Guid.NewGuid().ToString("N"));

    public SiteFactory Site { get; } = new();

    public string Folder => Path.Combine(_parent, "pack");

    public PackResult Result { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        using var client = Site.CreateRawClient();
        var packer = new SitePacker(client, TeachHtml.Snapshot(Site), Site.Services.GetRequiredService<TimeProvider>());
        Result = await packer.PackAsync(Folder);
    }

    /// <summary>Every HTML file in the pack, as paths relative to its root with '/'.</summary>
    public IEnumerable<string> HtmlFiles() =>
        Directory.EnumerateFiles(Folder, "*.html", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Folder, f).Replace('\\', '/'));

    public string Read(string relative) => File.ReadAllText(Path.Combine(Folder, relative));

    public async Task DisposeAsync()
    {
        await Site.DisposeAsync();
        Directory.Delete(_parent, recursive: true);
    }
}
