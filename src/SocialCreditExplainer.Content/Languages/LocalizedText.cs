namespace SocialCreditExplainer.Content.Languages;

/// <summary>A short text written in both site languages (a title, a summary, a table cell).</summary>
public sealed record LocalizedText(string Thai, string English)
{
    /// <summary>The text in the given language.</summary>
    public string this[SiteLanguage language] => language == SiteLanguage.Thai ? Thai : English;
}
