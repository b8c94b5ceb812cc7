using SocialCreditExplainer.Content.Sources;

namespace SocialCreditExplainer.Web.Components.Compare;

/// <summary>
/// One source cited at one place on a page: its number, the id of its marker (the reference list
/// links back to it) and of its tooltip. <see cref="Source"/> is null for an id not in the catalogue.
/// </summary>
public sealed record PageCitation(string SourceId, Source? Source, int Number, string MarkerId, string TooltipId);
