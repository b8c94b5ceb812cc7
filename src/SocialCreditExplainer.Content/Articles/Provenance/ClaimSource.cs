using SocialCreditExplainer.Content.Sources;

namespace SocialCreditExplainer.Content.Articles.Provenance;

/// <summary>A source behind a claim: the catalogue record, its number in the article's references and its kind.</summary>
public sealed record ClaimSource(Source Source, int ReferenceNumber, EvidenceKind Kind);
