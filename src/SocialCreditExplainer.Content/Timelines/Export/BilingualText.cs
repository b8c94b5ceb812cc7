using SocialCreditExplainer.Content.Languages;

namespace SocialCreditExplainer.Content.Timelines.Export;

/// <summary>A text in both site languages, keyed by language code (<c>{"th": …, "en": …}</c>).</summary>
public sealed record BilingualText(string Th, string En)
{
    public static BilingualText From(LocalizedText text) => new(text.Thai, text.English);

    public static BilingualText From(Func<SiteLanguage, string> text) => new(text(SiteLanguage.Thai), text(SiteLanguage.English));
}
