using SocialCreditExplainer.Content.Loading;

namespace SocialCreditExplainer.ContentIntegrity.Tests;

/// <summary>The repository's real content folder, loaded once for the whole suite.</summary>
public static class RealContent
{
    public static string Root { get; } = FindRoot();

    static readonly Lazy<ContentSnapshot> Loaded = new(() => new ContentLoader().Load(Root));

    public static ContentSnapshot Snapshot => Loaded.Value;

    static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SocialCreditExplainer.sln")))
            {
                return Path.Combine(dir.FullName, "content");
            }
        }

        throw new InvalidOperationException("No repository root above " + AppContext.BaseDirectory);
    }
}
