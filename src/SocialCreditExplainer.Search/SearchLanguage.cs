namespace SocialCreditExplainer.Search;

/// <summary>The language of a page, and so of the analyzer that reads it.</summary>
public enum SearchLanguage
{
    /// <summary>Thai pages (<c>/th/...</c>): read with a dictionary word segmenter.</summary>
    Thai,

    /// <summary>English pages (<c>/en/...</c>): read with English stemming.</summary>
    English,
}
