using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace SocialCreditExplainer.Content.Markdown;

/// <summary>Helpers for our object renderers.</summary>
internal static class HtmlRendererExtensions
{
    /// <summary>Writes an object's attributes with <paramref name="id"/> as its id (without changing the object).</summary>
    public static HtmlRenderer WriteAttributes(this HtmlRenderer renderer, MarkdownObject obj, string id)
    {
        var attributes = new HtmlAttributes();
        obj.TryGetAttributes()?.CopyTo(attributes);
        attributes.Id = id;
        return renderer.WriteAttributes(attributes, null);
    }
}
