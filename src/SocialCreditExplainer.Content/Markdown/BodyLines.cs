using Markdig.Extensions.Yaml;
using Markdig.Syntax;

namespace SocialCreditExplainer.Content.Markdown;

/// <summary>
/// Maps Markdig's 0-based document lines to the 1-based body lines problems are reported with:
/// line 1 is the first line after the front matter's closing <c>---</c>, or the first line of the
/// text when there is no front matter.
/// </summary>
internal sealed class BodyLines
{
    readonly int _firstBodyLine;

    BodyLines(int firstBodyLine) => _firstBodyLine = firstBodyLine;

    public static BodyLines Of(MarkdownDocument document)
    {
        if (document.Count == 0 || document[0] is not YamlFrontMatterBlock frontMatter)
        {
            return new BodyLines(0);
        }

        var closingLine = LineOf(document, frontMatter.Span.End)
            ?? frontMatter.Line + frontMatter.Lines.Count + 1;
        return new BodyLines(closingLine + 1);
    }

    /// <summary>The 1-based body line of a 0-based document line (never less than 1).</summary>
    public int ToBodyLine(int documentLine) => Math.Max(1, documentLine - _firstBodyLine + 1);

    static int? LineOf(MarkdownDocument document, int position)
    {
        var starts = document.LineStartIndexes;
        if (starts is null || starts.Count == 0 || position < 0)
        {
            return null;
        }

        var index = starts.BinarySearch(position);
        return index >= 0 ? index : ~index - 1;
    }
}
