namespace SocialCreditExplainer.Content.Loading;

/// <summary>Collects the problems found while loading one snapshot.</summary>
public sealed class ProblemLog
{
    readonly List<ContentProblem> _problems = [];

    public IReadOnlyList<ContentProblem> Problems => _problems;

    public int ErrorCount => _problems.Count(p => p.Severity == ProblemSeverity.Error);

    public void Error(ContentLocation location, string message) =>
        _problems.Add(new ContentProblem(location, ProblemSeverity.Error, message));

    public void Warning(ContentLocation location, string message) =>
        _problems.Add(new ContentProblem(location, ProblemSeverity.Warning, message));

    /// <summary>The number of errors logged so far, to tell whether one item added any.</summary>
    public int Mark() => ErrorCount;

    public bool HasErrorsSince(int mark) => ErrorCount > mark;
}
