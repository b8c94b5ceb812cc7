namespace SocialCreditExplainer.Content.Articles;

/// <summary>Where an article file sits: <c>articles/&lt;key&gt;/index.&lt;lang&gt;.md</c>.</summary>
public static class ArticleFile
{
    public const string FolderName = "articles";

    /// <summary>The file name of one language version.</summary>
    public static string FileName(Languages.SiteLanguage language) => $"index.{language.Code}.md";
}
