namespace SocialCreditExplainer.Content.Markdown.Safety;

/// <summary>Settings for <see cref="MarkupSafetyExtension"/>: what authors' Markdown may produce.</summary>
public sealed class MarkupSafetyOptions
{
    /// <summary>The defaults described on each property.</summary>
    public static MarkupSafetyOptions Default { get; } = new();

    /// <summary>
    /// URL schemes a link may use; links without a scheme (relative, <c>#fragment</c>) are always
    /// allowed. Default <c>http</c>, <c>https</c>, <c>mailto</c>. Site links (<c>article:</c>, ...)
    /// are handled before this check by the site link extension.
    /// </summary>
    public IReadOnlySet<string> LinkSchemes { get; init; } =
        new HashSet<string>(["http", "https", "mailto"], StringComparer.OrdinalIgnoreCase);

    /// <summary>URL schemes an image may use. Default <c>http</c>, <c>https</c> (no <c>data:</c>).</summary>
    public IReadOnlySet<string> ImageSchemes { get; init; } =
        new HashSet<string>(["http", "https"], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Attribute names kept from generic attributes (<c>{lang=zh}</c>); every other one
    /// (<c>onclick</c>, <c>style</c>, <c>href</c>, ...) is removed and reported. Classes are kept, and
    /// an <c>{#id}</c> is kept on headings only. Default <c>lang</c>, <c>dir</c>, <c>title</c>.
    /// </summary>
    public IReadOnlySet<string> AttributeNames { get; init; } =
        new HashSet<string>(["lang", "dir", "title"], StringComparer.OrdinalIgnoreCase);
}
