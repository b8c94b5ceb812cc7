namespace SocialCreditExplainer.Web.Packing;

/// <summary>
/// One page or file fetched from the site. A page keeps its cleaned HTML (links still as the site
/// wrote them, rewritten when every file's place is known); anything else keeps its bytes.
/// </summary>
public sealed record CrawledResource(string Key, string File, string? Html, byte[]? Bytes, string? MediaType)
{
    public bool IsPage => Html is not null;

    public bool IsStylesheet => MediaType == "text/css";
}

/// <summary>A link to a page of the site that could not be fetched, and a page that links to it.</summary>
public sealed record BrokenLink(string Target, int Status, string LinkedFrom);
