namespace SocialCreditExplainer.Content.Citing;

/// <summary>File names, media types and contents of the citation downloads.</summary>
public static class CitationFiles
{
    /// <summary>Every format, in the order pages offer them.</summary>
    public static IReadOnlyList<CitationFileFormat> All { get; } = [CitationFileFormat.BibTex, CitationFileFormat.Ris, CitationFileFormat.CslJson];

    /// <summary>The file extension without its dot: <c>bib</c>, <c>ris</c> or <c>json</c>.</summary>
    public static string Extension(CitationFileFormat format) => format switch
    {
        CitationFileFormat.BibTex => "bib",
        CitationFileFormat.Ris => "ris",
        _ => "json",
    };

    /// <summary>The media type reference managers recognise.</summary>
    public static string MediaType(CitationFileFormat format) => format switch
    {
        CitationFileFormat.BibTex => "application/x-bibtex",
        CitationFileFormat.Ris => "application/x-research-info-systems",
        _ => "application/vnd.citationstyles.csl+json",
    };

    /// <summary>The format's usual name, for link text.</summary>
    public static string DisplayName(CitationFileFormat format) => format switch
    {
        CitationFileFormat.BibTex => "BibTeX",
        CitationFileFormat.Ris => "RIS",
        _ => "CSL-JSON",
    };

    /// <summary>The format for an extension (<c>bib</c>, <c>ris</c>, <c>json</c>), ignoring case.</summary>
    public static bool TryFromExtension(string? extension, out CitationFileFormat format)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(Extension(candidate), extension, StringComparison.OrdinalIgnoreCase))
            {
                format = candidate;
                return true;
            }
        }

        format = default;
        return false;
    }

    /// <summary>The file's text.</summary>
    public static string Write(CitationRecord record, CitationFileFormat format) => format switch
    {
        CitationFileFormat.BibTex => CitationExports.BibTex(record),
        CitationFileFormat.Ris => CitationExports.Ris(record),
        _ => CitationExports.CslJson(record),
    };

    /// <summary>The download's file name: the citation key and the extension.</summary>
    public static string FileName(CitationRecord record, CitationFileFormat format) => record.Key + "." + Extension(format);
}
