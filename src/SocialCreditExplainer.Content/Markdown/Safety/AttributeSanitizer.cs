using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SocialCreditExplainer.Content.Markdown.Safety;

/// <summary>
/// Runs once a document is parsed: removes generic attributes that could run script or restyle
/// the page (<c>{onclick=…}</c>, <c>{style=…}</c>, <c>{href=…}</c>), and ids on anything but
/// headings (ids must stay unique), reporting each as a problem.
/// </summary>
internal sealed class AttributeSanitizer(MarkupSafetyOptions options)
{
    public void Sanitize(MarkdownDocument document)
    {
        foreach (var node in document.Descendants())
        {
            var attributes = node.TryGetAttributes();
            if (attributes is null)
            {
                continue;
            }

            var line = node switch
            {
                Block block => block.Line,
                Inline inline => inline.Line,
                _ => attributes.Line,
            };

            if (attributes.Id is not null && node is not HeadingBlock)
            {
                ParseProblems.Add(document, line, $"Only headings take an {{#id}}; '#{attributes.Id}' was removed.");
                attributes.Id = null;
            }

            var properties = attributes.Properties;
            if (properties is null)
            {
                continue;
            }

            for (var i = properties.Count - 1; i >= 0; i--)
            {
                if (!options.AttributeNames.Contains(properties[i].Key))
                {
                    ParseProblems.Add(document, line, $"Attribute '{properties[i].Key}' is not allowed and was removed.");
                    properties.RemoveAt(i);
                }
            }
        }
    }
}
