namespace SocialCreditExplainer.Content.Articles.Provenance;

/// <summary>
/// One claim an article makes: a paragraph that cites sources, named by its permalink id and a
/// short excerpt of its text, with the sources it rests on in the order it cites them.
/// </summary>
public sealed record ProvenanceClaim(string ParagraphId, string Excerpt, IReadOnlyList<ClaimSource> Sources);
