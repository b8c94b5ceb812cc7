namespace SocialCreditExplainer.Content.Tests.Loading;

/// <summary>A real content folder on disk, made per test and deleted afterwards.</summary>
public sealed class TestContentFolder : IDisposable
{
    public TestContentFolder()
    {
        Root = Path.Combine(Path.GetTempPath(), "sce-content-" + Guid.NewGuid().ToString("N"), "content");
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public TestContentFolder Write(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.ReplaceLineEndings("\n"));
        return this;
    }

    /// <summary>A minimal valid source record.</summary>
    public TestContentFolder WithSource(string id) => Write($"sources/{id}.yaml", $"""
        id: {id}
        type: news
        title: "A report about {id}"
        publisher: Example Press
        published: "2018-10-13"
        url: https://example.org/{id}
        accessed: "2026-11-26"
        language: en
        country: china
        excerpts:
          - quote: "An exact quotation from {id}."
            location: opening paragraph
        """);

    /// <summary>A minimal valid article in one language.</summary>
    public TestContentFolder WithArticle(string key, string lang, string title, string body) => Write($"articles/{key}/index.{lang}.md", $"""
        ---
        title: "{title}"
        summary: "A summary."
        level: introductory
        updated: 2026-11-26
        order: 1
        ---
        {body}
        """);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path.GetDirectoryName(Root)!, recursive: true);
        }
        catch (IOException)
        {
            // A watcher in another test may still hold the folder; the OS cleans temp later.
        }
    }
}
