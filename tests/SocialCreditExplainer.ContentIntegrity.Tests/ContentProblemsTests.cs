namespace SocialCreditExplainer.ContentIntegrity.Tests;

/// <summary>The real content loads with no errors: every citation, link and reference resolves.</summary>
public sealed class ContentProblemsTests
{
    [Fact]
    public void TheRealContentHasNoErrors()
    {
        var errors = RealContent.Snapshot.Problems.Where(p => p.Severity == ProblemSeverity.Error).Select(p => p.ToString()).ToList();
        Assert.True(errors.Count == 0, "Content errors:\n" + string.Join('\n', errors));
    }

    [Fact]
    public void EverySourceIsCitedSomewhere()
    {
        var uncited = RealContent.Snapshot.Sources.Where(s => !RealContent.Snapshot.Citations.IsCited(s.Id)).Select(s => s.Id).ToList();
        Assert.True(uncited.Count == 0, "Sources nobody cites: " + string.Join(", ", uncited));
    }

    [Fact]
    public void EverySiteLinkInArticlesResolves()
    {
        // Link problems are content errors too; this names them by article for a quicker fix.
        var snapshot = RealContent.Snapshot;
        var broken = new List<string>();
        foreach (var article in snapshot.Articles)
        {
            foreach (var link in article.Body.Links)
            {
                var ok = link.Kind switch
                {
                    ContentLinkKind.Article => snapshot.FindArticleByKey(article.Language, link.Target) is { } target
                        && (link.Fragment is null || target.Body.Headings.Any(h => h.Id == link.Fragment)),
                    ContentLinkKind.Timeline => snapshot.FindEvent(link.Target) is not null,
                    ContentLinkKind.Glossary => snapshot.FindTerm(link.Target) is not null,
                    ContentLinkKind.Source => snapshot.FindSource(link.Target) is not null,
                    _ => false,
                };
                if (!ok)
                {
                    broken.Add($"{article.Location.File} (body line {link.Line}): {link.Kind} {link.Target}#{link.Fragment}");
                }
            }
        }

        Assert.True(broken.Count == 0, "Broken site links:\n" + string.Join('\n', broken));
    }
}
