using SocialCreditExplainer.Content.Languages;

namespace SocialCreditExplainer.Content.Sources;

/// <summary>What kind of content cites a source.</summary>
public enum CitingKind
{
    ArticleParagraph,
    TimelineEvent,
    GlossaryTerm,
    ComparisonCell,
}

/// <summary>One place on the site that cites a source, with a link straight to it.</summary>
public sealed record CitingPlace(CitingKind Kind, SiteLanguage Language, string Label, string Url);
