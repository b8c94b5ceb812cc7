using System.Security.Cryptography;
using System.Text;
using Markdig.Syntax;

namespace SocialCreditExplainer.Content.Markdown.Paragraphs;

/// <summary>
/// Hands out paragraph permalink ids for one render. An id comes from the paragraph's own plain
/// text (<c>p-</c> + the first 8 hex digits of its SHA-256), so editing another paragraph never
/// changes it; an identical paragraph later in the document gets <c>-2</c>.
/// </summary>
internal sealed class ParagraphIdAssigner(DocumentIds ids)
{
    readonly Dictionary<ParagraphBlock, string> _ids = new(ReferenceEqualityComparer.Instance);

    /// <summary>Top-level paragraphs and list item paragraphs get permalinks; quotes and table cells do not.</summary>
    public static bool IsPermalinked(ParagraphBlock paragraph) => paragraph.Parent is MarkdownDocument or ListItemBlock;

    /// <summary>Assigns the id of a paragraph whose plain text (citations left out) is <paramref name="plainText"/>.</summary>
    public string Assign(ParagraphBlock paragraph, string plainText)
    {
        if (!_ids.TryGetValue(paragraph, out var id))
        {
            id = ids.Claim(IdFor(plainText));
            _ids.Add(paragraph, id);
        }

        return id;
    }

    public string? IdOf(ParagraphBlock paragraph) => _ids.GetValueOrDefault(paragraph);

    /// <summary>The id before any collision suffix: <c>p-</c> + 8 hex digits of the normalised text's SHA-256.</summary>
    internal static string IdFor(string plainText)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(PlainText.Normalize(plainText)));
        return "p-" + Convert.ToHexStringLower(hash, 0, 4);
    }
}
