using System.Globalization;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace SocialCreditExplainer.Content.Markdown.Headings;

/// <summary>
/// Hands out heading ids for one render: an explicit <c>{#id}</c> wins, otherwise the id comes
/// from the heading's text (<see cref="HeadingSlug"/>), or <c>section-N</c> when the text yields
/// nothing. Every id is unique in the document.
/// </summary>
internal sealed class HeadingIdAssigner(DocumentIds ids, HeadingIdOptions options, RenderProblemLog problems)
{
    readonly Dictionary<HeadingBlock, string> _ids = new(ReferenceEqualityComparer.Instance);

    public string Assign(HeadingBlock heading, string text)
    {
        if (_ids.TryGetValue(heading, out var assigned))
        {
            return assigned;
        }

        string id;
        var explicitId = heading.TryGetAttributes()?.Id;
        if (!string.IsNullOrWhiteSpace(explicitId))
        {
            id = ids.Claim(explicitId);
            if (id != explicitId)
            {
                problems.Report(heading.Line, $"Heading id '{explicitId}' is already used in this article; this heading gets '{id}'.");
            }
        }
        else
        {
            var slug = HeadingSlug.From(text);
            id = ids.Claim(slug.Length > 0
                ? slug
                : options.FallbackPrefix + "-" + (_ids.Count + 1).ToString(CultureInfo.InvariantCulture));
        }

        _ids.Add(heading, id);
        return id;
    }

    public string? IdOf(HeadingBlock heading) => _ids.GetValueOrDefault(heading);

    public bool IsInTableOfContents(int level) =>
        level >= options.TableOfContentsMinLevel && level <= options.TableOfContentsMaxLevel;
}
