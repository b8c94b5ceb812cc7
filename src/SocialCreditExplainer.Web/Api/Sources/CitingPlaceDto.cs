using SocialCreditExplainer.Content.Loading;
using SocialCreditExplainer.Content.Sources;

namespace SocialCreditExplainer.Web.Api.Sources;

/// <summary>One place on the site that cites a source.</summary>
/// <param name="Kind">article-paragraph, timeline-event, glossary-term or comparison-cell.</param>
/// <param name="Language">th or en: the language of the page.</param>
/// <param name="Url">A root-relative link straight to the paragraph, event, term or row.</param>
public sealed record CitingPlaceDto(string Kind, string Language, string Label, string Url)
{
    public static CitingPlaceDto From(CitingPlace place) =>
        new(KebabEnum.ToKebab(place.Kind), place.Language.Code, place.Label, place.Url);
}
