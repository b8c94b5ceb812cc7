using Markdig.Renderers;
using SocialCreditExplainer.Content.Languages;
using SocialCreditExplainer.Content.Markdown.Citations;
using SocialCreditExplainer.Content.Markdown.Headings;
using SocialCreditExplainer.Content.Markdown.Paragraphs;
using SocialCreditExplainer.Content.Markdown.Safety;
using SocialCreditExplainer.Content.Markdown.SiteLinks;

namespace SocialCreditExplainer.Content.Markdown;

/// <summary>
/// Everything that belongs to one render of one document: ids handed out, citation numbers,
/// resolved links and problems. Created per call, so concurrent renders share nothing mutable.
/// </summary>
internal sealed class ArticleRenderState
{
    public ArticleRenderState(
        ArticleRenderContext context,
        BodyLines lines,
        HeadingIdOptions headingOptions,
        MarkupSafetyOptions safetyOptions)
    {
        Context = context;
        Lines = lines;
        Safety = safetyOptions;
        Problems = new RenderProblemLog(lines);
        var ids = new DocumentIds();
        Headings = new HeadingIdAssigner(ids, headingOptions, Problems);
        Paragraphs = new ParagraphIdAssigner(ids);
        Citations = new CitationNumbering(context, Problems);
        Links = new SiteLinkResolver(context, lines, Problems);
    }

    public ArticleRenderContext Context { get; }

    public SiteLanguage Language => Context.Language;

    public BodyLines Lines { get; }

    public MarkupSafetyOptions Safety { get; }

    public RenderProblemLog Problems { get; }

    public HeadingIdAssigner Headings { get; }

    public ParagraphIdAssigner Paragraphs { get; }

    public CitationNumbering Citations { get; }

    public SiteLinkResolver Links { get; }

    /// <summary>The state of the render in progress; null when our extensions run in a plain Markdig renderer.</summary>
    public static ArticleRenderState? Of(HtmlRenderer renderer) => (renderer as ArticleHtmlRenderer)?.State;

    public IReadOnlyList<RenderProblem> SortedProblems() => Problems.Sorted();
}
