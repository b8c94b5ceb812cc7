using SocialCreditExplainer.Content.Loading;
using SocialCreditExplainer.Content.Tests.Loading;

namespace SocialCreditExplainer.Content.Tests.Glossary;

/// <summary>
/// A broken glossary term is reported as <c>file:line: error: message</c> (what <c>validate</c>
/// prints) and left out, while the good terms still load.
/// </summary>
public sealed class GlossaryLoadingTests : IDisposable
{
    const string File = "content/glossary/glossary.yaml";

    readonly TestContentFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void BadTermsAreReportedWithFileAndLineAndLeftOut()
    {
        _folder.WithSource("press-2018").Write("glossary/glossary.yaml", """
            terms:
              - id: good
                th: "คำที่ดี"
                en: "good term"
                definition: { th: "นิยาม", en: "Definition." }
                sources: [press-2018]
              - id: no-source
                th: "ไม่มีแหล่งที่มา"
                en: "no source"
                definition: { th: "นิยาม", en: "Definition." }
              - id: unknown-source
                th: "แหล่งที่มาไม่รู้จัก"
                en: "unknown source"
                definition: { th: "นิยาม", en: "Definition." }
                sources: [nowhere]
              - id: no-english
                th: "ไม่มีภาษาอังกฤษ"
                definition: { th: "นิยาม", en: "Definition." }
                sources: [press-2018]
              - id: definition-without-thai
                th: "นิยามไม่มีภาษาไทย"
                en: "definition without Thai"
                definition: { en: "English only." }
                sources: [press-2018]
            """);

        var snapshot = new ContentLoader().Load(_folder.Root);

        Assert.Equal("good", Assert.Single(snapshot.Glossary).Id);
        Assert.Equal(
            [
                $"{File}:7: error: Glossary term 'no-source' has no source.",
                $"{File}:11: error: 'unknown-source' cites unknown source 'nowhere'; add it to content/sources/ or fix the id.",
                $"{File}:16: error: 'en' is missing.",
                $"{File}:23: error: 'definition' is missing its Thai (th) text.",
            ],
            Errors(snapshot));
    }

    [Fact]
    public void ATermWithoutAThaiNameIsReportedAtItsEntry()
    {
        _folder.WithSource("press-2018").Write("glossary/glossary.yaml", """
            terms:
              - id: english-only
                en: "English only"
                definition: { th: "นิยาม", en: "Definition." }
                sources: [press-2018]
            """);

        var snapshot = new ContentLoader().Load(_folder.Root);

        Assert.Empty(snapshot.Glossary);
        Assert.Equal([$"{File}:2: error: 'th' is missing."], Errors(snapshot));
    }

    static IEnumerable<string> Errors(ContentSnapshot snapshot) =>
        snapshot.Problems.Where(p => p.Severity == ProblemSeverity.Error)
            .OrderBy(p => p.Location.Line)
            .Select(p => p.ToString());
}
