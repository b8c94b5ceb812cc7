using Markdig.Syntax;

namespace SocialCreditExplainer.Content.Markdown;

/// <summary>
/// Problems found while a document is parsed (for example an attribute that was removed), kept
/// on the document itself so that each render can report them. Written only during parsing.
/// </summary>
internal static class ParseProblems
{
    static readonly object Key = typeof(ParseProblems);

    /// <summary>Records a problem at a 0-based document line.</summary>
    public static void Add(MarkdownDocument document, int line, string message)
    {
        if (document.GetData(Key) is not List<(int Line, string Message)> problems)
        {
            problems = [];
            document.SetData(Key, problems);
        }

        problems.Add((line, message));
    }

    public static IReadOnlyList<(int Line, string Message)> Of(MarkdownDocument document) =>
        document.GetData(Key) as List<(int Line, string Message)> ?? [];
}
