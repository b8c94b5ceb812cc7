namespace SocialCreditExplainer.Web.Site;

/// <summary>Where the content lives and whether edits are picked up while the site runs.</summary>
public sealed class ContentOptions
{
    public const string SectionName = "Content";

    /// <summary>
    /// The content folder. Empty means: the nearest <c>content/</c> folder found walking up from the
    /// working directory and then from the app's own folder, so <c>dotnet run</c> from anywhere
    /// in the repository serves the real content with no setup.
    /// </summary>
    public string Root { get; set; } = string.Empty;

    /// <summary>Rebuild the snapshot when a content file changes. On by default.</summary>
    public bool WatchForChanges { get; set; } = true;

    /// <summary>How long to wait after the last change before rebuilding, so a burst of saves builds once.</summary>
    public TimeSpan Debounce { get; set; } = TimeSpan.FromMilliseconds(300);

    /// <summary>The content folder to use, resolved as described on <see cref="Root"/>.</summary>
    public string ResolveRoot()
    {
        if (!string.IsNullOrWhiteSpace(Root))
        {
            return Path.GetFullPath(Root);
        }

        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "content");
                if (Directory.Exists(Path.Combine(candidate, "articles")))
                {
                    return candidate;
                }
            }
        }

        return Path.GetFullPath("content");
    }
}
