using SocialCreditExplainer.Content.Sources;

namespace SocialCreditExplainer.Content.Articles.Provenance;

/// <summary>
/// How much weight a source can bear, in the five groups a reader checking a claim needs:
/// the document itself, reporting, opinion, a reference work, or research.
/// </summary>
public enum EvidenceKind
{
    /// <summary>Government documents, laws and parliamentary records: the thing itself.</summary>
    PrimaryDocument,

    /// <summary>News reporting.</summary>
    News,

    /// <summary>Opinion pieces and blogs: someone's argument, not a record.</summary>
    Opinion,

    /// <summary>Encyclopedias: summaries of other sources.</summary>
    Reference,

    /// <summary>Academic work and think-tank reports.</summary>
    Research,
}

/// <summary>Maps the catalogue's source types onto <see cref="EvidenceKind"/>.</summary>
public static class EvidenceKinds
{
    /// <summary>The group a source type belongs to.</summary>
    public static EvidenceKind Of(SourceType type) => type switch
    {
        SourceType.GovernmentDocument or SourceType.Law or SourceType.ParliamentaryRecord => EvidenceKind.PrimaryDocument,
        SourceType.News => EvidenceKind.News,
        SourceType.Opinion or SourceType.Blog => EvidenceKind.Opinion,
        SourceType.Encyclopedia => EvidenceKind.Reference,
        SourceType.Academic or SourceType.ThinkTank => EvidenceKind.Research,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "A source type with no evidence kind."),
    };
}
