namespace SocialCreditExplainer.Search;

/// <summary>What a reader typed, and where.</summary>
/// <param name="Text">The raw text as typed. Never parsed as query syntax: quotes, <c>*</c>, <c>AND</c> are just text.</param>
/// <param name="Language">The language of the pages searched (the page the reader is on).</param>
public sealed record SearchQuery(string Text, SearchLanguage Language)
{
    /// <summary>How many hits a search returns when <see cref="Limit"/> is not set.</summary>
    public const int DefaultLimit = 20;

    /// <summary>The most hits one search returns; a larger <see cref="Limit"/> is lowered to this.</summary>
    public const int MaxLimit = 100;

    /// <summary>Only documents of this type, or every type when null.</summary>
    public SearchDocumentType? Type { get; init; }

    /// <summary>
    /// The most hits to return, for each language. Values below 1 mean <see cref="DefaultLimit"/>;
    /// values above <see cref="MaxLimit"/> mean <see cref="MaxLimit"/>.
    /// </summary>
    public int Limit { get; init; } = DefaultLimit;

    /// <summary>The limit actually applied, after the rules on <see cref="Limit"/>.</summary>
    public int EffectiveLimit => Limit < 1 ? DefaultLimit : Math.Min(Limit, MaxLimit);
}
