using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SocialCreditExplainer.Content.Markdown.Citations;
using SocialCreditExplainer.Content.Markdown.Paragraphs;
using SocialCreditExplainer.Content.Markdown.Safety;
using SocialCreditExplainer.Content.Markdown.SiteLinks;

namespace SocialCreditExplainer.Content.Markdown;

/// <summary>What the analysis pass reads from a document besides what it leaves in the render state.</summary>
internal sealed record ArticleAnalysis(
    IReadOnlyList<ArticleHeading> Headings,
    IReadOnlyList<ArticleParagraph> Paragraphs,
    IReadOnlyList<ArticleSection> Sections,
    string PlainText);

/// <summary>
/// The pass before the HTML is written: walks the document once in reading order, handing out
/// heading and paragraph ids, numbering citations, resolving site links and collecting problems
/// into the render state, and reading headings, paragraphs and sections as plain text. The HTML
/// renderers then only look up what this pass decided. It never changes the document.
/// </summary>
internal static class ArticleAnalyzer
{
    public static ArticleAnalysis Analyze(MarkdownDocument document, ArticleRenderState state)
    {
        foreach (var (line, message) in ParseProblems.Of(document))
        {
            state.Problems.Report(line, message);
        }

        // Headings claim their ids before any paragraph, so a heading's id never depends on paragraphs.
        var headings = new List<ArticleHeading>();
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            var text = PlainText.Of(heading.Inline);
            var id = state.Headings.Assign(heading, text);
            if (heading.Parent is MarkdownDocument && state.Headings.IsInTableOfContents(heading.Level))
            {
                headings.Add(new ArticleHeading(heading.Level, id, text));
            }
        }

        var walker = new Walker(state);
        walker.Visit(document);
        return new ArticleAnalysis(headings, walker.Paragraphs, walker.Sections(), walker.AllText());
    }

    sealed class Walker(ArticleRenderState state)
    {
        readonly List<ArticleSection> _sections = [];
        readonly List<string> _sectionTexts = [];
        readonly List<string> _allTexts = [];
        string? _sectionId;
        string? _sectionHeading;

        public List<ArticleParagraph> Paragraphs { get; } = [];

        public void Visit(Block block)
        {
            switch (block)
            {
                case YamlFrontMatterBlock or ThematicBreakBlock or LinkReferenceDefinitionGroup or LinkReferenceDefinition:
                    break;
                case HeadingBlock heading:
                    VisitHeading(heading);
                    break;
                case ParagraphBlock paragraph:
                    VisitParagraph(paragraph);
                    break;
                case LeafBlock leaf:
                    VisitInlines(leaf.Inline);
                    AddText(PlainText.Of(leaf));
                    break;
                case ContainerBlock container:
                    foreach (var child in container)
                    {
                        Visit(child);
                    }

                    break;
            }
        }

        public IReadOnlyList<ArticleSection> Sections()
        {
            CloseSection();
            return _sections;
        }

        public string AllText() => string.Join("\n", _allTexts);

        void VisitHeading(HeadingBlock heading)
        {
            VisitInlines(heading.Inline);
            var text = PlainText.Of(heading.Inline);
            if (heading.Parent is MarkdownDocument)
            {
                CloseSection();
                _sectionId = state.Headings.IdOf(heading);
                _sectionHeading = text;
            }
            else
            {
                _sectionTexts.Add(text);
            }

            _allTexts.Add(text);
        }

        void VisitParagraph(ParagraphBlock paragraph)
        {
            var sourceIds = VisitInlines(paragraph.Inline);
            var text = PlainText.Of(paragraph.Inline);
            if (ParagraphIdAssigner.IsPermalinked(paragraph))
            {
                var id = state.Paragraphs.Assign(paragraph, text);
                Paragraphs.Add(new ArticleParagraph(
                    id, text, sourceIds, state.Lines.ToBodyLine(paragraph.Line), paragraph.Parent is ListItemBlock));
            }

            AddText(text);
        }

        /// <summary>Resolves citations and links in reading order; returns the sources cited, each once.</summary>
        List<string> VisitInlines(ContainerInline? container)
        {
            var sourceIds = new List<string>();
            if (container is not null)
            {
                VisitInlines(container, sourceIds);
            }

            return sourceIds;
        }

        void VisitInlines(ContainerInline container, List<string> sourceIds)
        {
            for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
            {
                switch (inline)
                {
                    case CitationInline citation:
                        if (citation.FirstParentOfType<LinkInline>() is not null)
                        {
                            state.Problems.Report(citation.Line, "A citation inside a link's text makes a link inside a link; move it after the link.");
                        }

                        foreach (var marker in state.Citations.Resolve(citation))
                        {
                            if (marker.Source is not null && !sourceIds.Contains(marker.SourceId))
                            {
                                sourceIds.Add(marker.SourceId);
                            }
                        }

                        break;
                    case SiteLinkInline siteLink:
                        state.Links.Resolve(siteLink);
                        break;
                    case LinkInline link:
                        CheckUrl(link.Line, link.GetDynamicUrl?.Invoke() ?? link.Url, link.IsImage);
                        break;
                    case AutolinkInline autolink:
                        CheckUrl(autolink.Line, autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url, isImage: false);
                        break;
                }

                if (inline is ContainerInline child)
                {
                    VisitInlines(child, sourceIds);
                }
            }
        }

        void CheckUrl(int line, string? url, bool isImage)
        {
            var refused = UrlSafety.RefusedScheme(url, isImage ? state.Safety.ImageSchemes : state.Safety.LinkSchemes);
            if (refused is not null)
            {
                state.Problems.Report(line, UrlSafety.Describe(refused, url, isImage));
            }
        }

        void AddText(string text)
        {
            if (text.Length > 0)
            {
                _sectionTexts.Add(text);
                _allTexts.Add(text);
            }
        }

        void CloseSection()
        {
            if (_sectionId is not null || _sectionTexts.Count > 0)
            {
                _sections.Add(new ArticleSection(_sectionId, _sectionHeading, string.Join("\n", _sectionTexts)));
            }

            _sectionTexts.Clear();
            _sectionId = null;
            _sectionHeading = null;
        }
    }
}
