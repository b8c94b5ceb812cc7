using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SocialCreditExplainer.Content.Markdown.Citations;

namespace SocialCreditExplainer.Content.Markdown;

/// <summary>
/// The text a reader sees in a block, for search, word counts and paragraph ids: citation
/// markers left out, links reduced to their text, whitespace collapsed and Unicode in form C.
/// </summary>
internal static class PlainText
{
    public static string Of(LeafBlock block)
    {
        if (block.Inline is not null)
        {
            return Of(block.Inline);
        }

        // Code blocks have no inlines: their text is their lines.
        var builder = new StringBuilder();
        var lines = block.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            builder.Append(lines.Lines[i].Slice.AsSpan()).Append(' ');
        }

        return Normalize(builder);
    }

    public static string Of(ContainerInline? inline)
    {
        if (inline is null)
        {
            return string.Empty;
        }

        var builder = new StringBuilder();
        AppendChildren(builder, inline);
        return Normalize(builder);
    }

    /// <summary>Collapses whitespace runs to one space, trims, and puts the text in Unicode form C.</summary>
    public static string Normalize(string text) => Normalize(new StringBuilder(text));

    static void AppendChildren(StringBuilder builder, ContainerInline container)
    {
        for (var child = container.FirstChild; child is not null; child = child.NextSibling)
        {
            Append(builder, child);
        }
    }

    static void Append(StringBuilder builder, Inline inline)
    {
        switch (inline)
        {
            case CitationInline:
                break;
            case LiteralInline literal:
                builder.Append(literal.Content.AsSpan());
                break;
            case CodeInline code:
                // ContentSpan, not Content: Content caches a substring, a write unsafe across threads.
                builder.Append(code.ContentSpan);
                break;
            case HtmlEntityInline entity:
                builder.Append(entity.Transcoded.AsSpan());
                break;
            case LineBreakInline:
                builder.Append(' ');
                break;
            case AutolinkInline autolink:
                builder.Append(autolink.Url);
                break;
            case HtmlInline html:
                builder.Append(html.Tag);
                break;
            case ContainerInline container:
                AppendChildren(builder, container);
                break;
        }
    }

    static string Normalize(StringBuilder builder)
    {
        var result = new StringBuilder(builder.Length);
        var pendingSpace = false;
        for (var i = 0; i < builder.Length; i++)
        {
            var c = builder[i];
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = result.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                result.Append(' ');
                pendingSpace = false;
            }

            result.Append(c);
        }

        return result.ToString().Normalize(NormalizationForm.FormC);
    }
}
