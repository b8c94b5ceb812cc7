namespace SocialCreditExplainer.Web.Tests.Support;

/// <summary>Finds the repository's real content folder from the test's output folder.</summary>
public static class RepositoryContent
{
    public static string Root { get; } = Find();

    static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SocialCreditExplainer.sln")))
            {
                return Path.Combine(dir.FullName, "content");
            }
        }

        throw new InvalidOperationException("Could not find the repository root above " + AppContext.BaseDirectory);
    }
}
