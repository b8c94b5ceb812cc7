namespace SocialCreditExplainer.Content.Citing;

/// <summary>The downloadable citation files a reader can take to a reference manager.</summary>
public enum CitationFileFormat
{
    BibTex,
    Ris,
    CslJson,
}
