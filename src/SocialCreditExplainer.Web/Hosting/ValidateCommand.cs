using SocialCreditExplainer.Content;
using SocialCreditExplainer.Content.Loading;
using SocialCreditExplainer.Web.Site;

namespace SocialCreditExplainer.Web.Hosting;

/// <summary>
/// <c>dotnet run --project src/SocialCreditExplainer.Web -- validate [content-folder]</c>: loads the
/// content exactly as the site does, prints every problem as <c>file:line: severity: message</c>,
/// and exits 1 when there is any error (warnings alone exit 0).
/// </summary>
public static class ValidateCommand
{
    public static bool IsRequested(string[] args) => args.Length > 0 && args[0] == "validate";

    public static int Run(string[] args)
    {
        var root = args.Length > 1 ? Path.GetFullPath(args[1]) : new ContentOptions().ResolveRoot();
        var snapshot = new ContentLoader().Load(root);
        foreach (var problem in snapshot.Problems.OrderBy(p => p.Location.File, StringComparer.Ordinal).ThenBy(p => p.Location.Line))
        {
            (problem.Severity == ProblemSeverity.Error ? Console.Error : Console.Out).WriteLine(problem);
        }

        var errors = snapshot.Problems.Count(p => p.Severity == ProblemSeverity.Error);
        var warnings = snapshot.Problems.Count - errors;
        Console.WriteLine(
            $"Checked {root}: {snapshot.Articles.Count} article versions, {snapshot.Sources.Count} sources, "
            + $"{snapshot.TimelineEvents.Count} events, {snapshot.Glossary.Count} glossary terms, "
            + $"{snapshot.Comparison.Count} comparison rows; {errors} errors, {warnings} warnings.");
        return errors == 0 ? 0 : 1;
    }
}
