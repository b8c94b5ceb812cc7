namespace SocialCreditExplainer.Content;

/// <summary>How much a content problem matters: errors leave the item out and fail <c>validate</c>.</summary>
public enum ProblemSeverity
{
    Warning,
    Error,
}

/// <summary>Something wrong in a content file, reported as <c>file:line: severity: message</c>.</summary>
public sealed record ContentProblem(ContentLocation Location, ProblemSeverity Severity, string Message)
{
    public override string ToString() =>
        $"{Location}: {(Severity == ProblemSeverity.Error ? "error" : "warning")}: {Message}";
}
