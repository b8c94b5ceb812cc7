using System.Text.RegularExpressions;
using SocialCreditExplainer.Content.Languages;
using SocialCreditExplainer.Content.Markdown;

namespace SocialCreditExplainer.Content.Tests.Markdown.Support;

/// <summary>
/// Markdown-in, HTML-out helpers in the spirit of Markdig's <c>TestParser.TestSpec</c>. One
/// renderer is shared by every test, as the site shares one.
/// </summary>
internal static partial class Spec
{
    public static readonly ArticleRenderer Renderer = new();

    public static RenderedArticle Render(string markdown, SiteLanguage? language = null) =>
        Renderer.Render(markdown, TestContent.Context(language ?? SiteLanguage.Thai));

    public static string Html(string markdown, SiteLanguage? language = null) => Render(markdown, language).Html;

    /// <summary>
    /// The inside of the single paragraph <paramref name="markdown"/> renders to, without the
    /// paragraph's permalink (tested on its own in ParagraphPermalinkTests).
    /// </summary>
    public static string Inline(string markdown, SiteLanguage? language = null)
    {
        var html = Html(markdown, language);
        var match = PermalinkedParagraph().Match(html);
        Assert.True(match.Success, $"Expected one permalinked paragraph, got:\n{html}");
        return match.Groups["inner"].Value;
    }

    /// <summary>A paragraph's expected permalink id, computed independently of the renderer.</summary>
    public static string ParagraphId(string plainText) =>
        "p-" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(plainText)))[..8];

    [GeneratedRegex("""^<p id="p-[0-9a-f]{8}(?:-\d+)?">(?<inner>.*)<a class="para-link" href="#p-[0-9a-f]{8}(?:-\d+)?" aria-label="[^"]*">¶</a></p>\n$""", RegexOptions.Singleline)]
    private static partial Regex PermalinkedParagraph();
}
