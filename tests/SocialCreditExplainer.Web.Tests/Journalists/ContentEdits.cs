using System.Text.RegularExpressions;

namespace SocialCreditExplainer.Web.Tests.Journalists;

/// <summary>Edits to a scratch copy of the content, made before a site is started over it.</summary>
internal static partial class ContentEdits
{
    /// <summary>Sets the <c>updated</c> date in an article version's front matter.</summary>
    public static void SetUpdated(string contentRoot, string key, string languageCode, DateOnly updated)
    {
        var path = Path.Combine(contentRoot, "articles", key, $"index.{languageCode}.md");
        var text = File.ReadAllText(path);
        Assert.Matches(UpdatedLine(), text);
        File.WriteAllText(path, UpdatedLine().Replace(text, $"updated: {updated:yyyy-MM-dd}", 1));
    }

    [GeneratedRegex("^updated: .*$", RegexOptions.Multiline)]
    private static partial Regex UpdatedLine();
}
