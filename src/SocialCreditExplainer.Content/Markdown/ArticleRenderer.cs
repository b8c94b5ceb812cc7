using Markdig;
using Markdig.Extensions.EmphasisExtras;
using Markdig.Syntax;
using SocialCreditExplainer.Content.Markdown.Headings;
using SocialCreditExplainer.Content.Markdown.Safety;

namespace SocialCreditExplainer.Content.Markdown;

/// <summary>
/// Turns an article body into <see cref="RenderedArticle"/>: sanitised HTML plus everything read
/// from the syntax tree (headings, citations, site links, paragraphs, sections, problems).
/// </summary>
/// <remarks>
/// Thread-safe. The <see cref="Pipeline"/> is built once here and shared; everything that belongs
/// to one render (citation numbers, heading and paragraph ids, problems) lives in a state object
/// created per call, never in the pipeline or its extensions. Rendering never changes the
/// <see cref="MarkdownDocument"/>, so one parsed document may be rendered by several threads at once.
/// </remarks>
public sealed class ArticleRenderer
{
    readonly HeadingIdOptions _headingOptions;
    readonly MarkupSafetyOptions _safetyOptions;

    /// <summary>Builds the pipeline: YAML front matter, pipe tables, strikethrough, our extensions, generic attributes.</summary>
    public ArticleRenderer()
    {
        // UseGenericAttributes must come last: it hooks into the parsers registered before it.
        Pipeline = new MarkdownPipelineBuilder()
            .UseYamlFrontMatter()
            .UsePipeTables()
            .UseEmphasisExtras(EmphasisExtraOptions.Strikethrough)
            .UseArticleMarkdown()
            .UseGenericAttributes()
            .Build();

        _headingOptions = Pipeline.Extensions.Find<HeadingIdExtension>()!.Options;
        _safetyOptions = Pipeline.Extensions.Find<MarkupSafetyExtension>()!.Options;
    }

    /// <summary>
    /// The shared, immutable pipeline. Parse whole article files with it (it reads YAML front
    /// matter) and pass the document to <see cref="Render(MarkdownDocument, ArticleRenderContext)"/>.
    /// </summary>
    public MarkdownPipeline Pipeline { get; }

    /// <summary>
    /// Renders a document parsed with <see cref="Pipeline"/>. Lines in the result count from the
    /// first line after the front matter's closing <c>---</c> (line 1), or from the first line of
    /// the text when there is no front matter.
    /// </summary>
    public RenderedArticle Render(MarkdownDocument document, ArticleRenderContext context)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(context);

        var state = new ArticleRenderState(context, BodyLines.Of(document), _headingOptions, _safetyOptions);
        var analysis = ArticleAnalyzer.Analyze(document, state);

        using var writer = new StringWriter();
        var renderer = new ArticleHtmlRenderer(writer, state);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();

        return new RenderedArticle
        {
            Html = writer.ToString(),
            Headings = analysis.Headings,
            Citations = state.Citations.CitedSources(),
            Links = state.Links.Links,
            Paragraphs = analysis.Paragraphs,
            Sections = analysis.Sections,
            Problems = state.SortedProblems(),
            PlainText = analysis.PlainText,
        };
    }

    /// <summary>Parses and renders a body (front matter, if present, is read and left out of the HTML).</summary>
    public RenderedArticle Render(string markdownBody, ArticleRenderContext context)
    {
        ArgumentNullException.ThrowIfNull(markdownBody);
        return Render(Markdig.Markdown.Parse(markdownBody, Pipeline), context);
    }
}
