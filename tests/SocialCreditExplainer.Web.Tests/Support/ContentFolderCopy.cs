namespace SocialCreditExplainer.Web.Tests.Support;

/// <summary>A scratch copy of the real content folder that a test may edit.</summary>
public sealed class ContentFolderCopy : IDisposable
{
    public ContentFolderCopy()
    {
        Root = Path.Combine(Path.GetTempPath(), "sce-web-" + Guid.NewGuid().ToString("N"), "content");
        Copy(RepositoryContent.Root, Root);
    }

    public string Root { get; }

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path.GetDirectoryName(Root)!, recursive: true);
        }
        catch (IOException)
        {
            // The site's file watcher may still be closing; temp files are cleaned by the OS.
        }
    }

    static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var dir in Directory.EnumerateDirectories(from))
        {
            Copy(dir, Path.Combine(to, Path.GetFileName(dir)));
        }
    }
}
