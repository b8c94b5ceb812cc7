using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace SocialCreditExplainer.Content.Markdown.Tables;

/// <summary>
/// Gives every table <c>class="table"</c> for styling, and turns column alignment into classes
/// (<c>align-left</c>, <c>align-center</c>, <c>align-right</c> on each cell) instead of Markdig's
/// <c>style="text-align: …"</c>, which a Content-Security-Policy without inline styles would block.
/// </summary>
public sealed class TableStylingExtension : IMarkdownExtension
{
    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.DocumentProcessed -= Style;
        pipeline.DocumentProcessed += Style;
    }

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        // Markdig's table renderer writes the classes set here.
    }

    static void Style(MarkdownDocument document)
    {
        foreach (var table in document.Descendants<Table>())
        {
            table.GetAttributes().AddClass("table");
            var columns = table.ColumnDefinitions;
            if (columns.Count == 0)
            {
                continue;
            }

            foreach (var row in table.OfType<TableRow>())
            {
                for (var i = 0; i < row.Count; i++)
                {
                    if (row[i] is not TableCell cell)
                    {
                        continue;
                    }

                    // The same column lookup as Markdig's HtmlTableRenderer.
                    var column = cell.ColumnIndex < 0 || cell.ColumnIndex >= columns.Count ? i : cell.ColumnIndex;
                    column = Math.Min(column, columns.Count - 1);
                    if (columns[column].Alignment is { } alignment)
                    {
                        cell.GetAttributes().AddClass(alignment switch
                        {
                            TableColumnAlign.Center => "align-center",
                            TableColumnAlign.Right => "align-right",
                            _ => "align-left",
                        });
                    }
                }
            }

            foreach (var column in columns)
            {
                column.Alignment = null;
            }
        }
    }
}
