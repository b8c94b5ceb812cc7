namespace SocialCreditExplainer.Content.Markdown;

/// <summary>Collects one render's problems, turning document lines into body lines.</summary>
internal sealed class RenderProblemLog(BodyLines lines)
{
    readonly List<RenderProblem> _problems = [];

    /// <summary>Records a problem found at a 0-based line of the parsed document.</summary>
    public void Report(int documentLine, string message) =>
        _problems.Add(new RenderProblem(lines.ToBodyLine(documentLine), message));

    /// <summary>The problems by line; problems on one line keep the order they were found in.</summary>
    public IReadOnlyList<RenderProblem> Sorted() => [.. _problems.OrderBy(p => p.Line)];
}
