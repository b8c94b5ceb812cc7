using SocialCreditExplainer.Content.Comparison;
using SocialCreditExplainer.Content.Loading;
using SocialCreditExplainer.Content.Tests.Loading;

namespace SocialCreditExplainer.Content.Tests.Comparison;

/// <summary>
/// A broken comparison row is reported as <c>file:line: error: message</c> (what <c>validate</c>
/// prints) and left out, while the good rows still load.
/// </summary>
public sealed class ComparisonLoadingTests : IDisposable
{
    const string File = "content/comparison/dimensions.yaml";

    readonly TestContentFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void AGoodRowLoadsWithBothCellsAndTheirStatus()
    {
        _folder.WithSource("press-2018").Write("comparison/dimensions.yaml", """
            dimensions:
              - id: good
                order: 1
                label: { th: "ประเด็นที่ดี", en: "A good dimension" }
                china:
                  status: known
                  text: { th: "จีน", en: "China" }
                  sources: [press-2018]
                thailand:
                  status: unverified
                  text: { th: "ไทย", en: "Thailand" }
                  sources: [press-2018]
            """);

        var snapshot = new ContentLoader().Load(_folder.Root);

        Assert.Empty(Errors(snapshot));
        var row = Assert.Single(snapshot.Comparison);
        Assert.Equal("ประเด็นที่ดี", row.Label.Thai);
        Assert.Equal(CellStatus.Known, row.China.Status);
        Assert.Equal(CellStatus.Unverified, row.Thailand.Status);
        Assert.Equal(["press-2018"], row.Thailand.Sources);
    }

    [Fact]
    public void BadCellsAreReportedWithFileAndLineAndTheirRowLeftOut()
    {
        _folder.WithSource("press-2018").Write("comparison/dimensions.yaml", """
            dimensions:
              - id: good
                order: 1
                label: { th: "ดี", en: "Good" }
                china:
                  status: known
                  text: { th: "จีน", en: "China" }
                  sources: [press-2018]
                thailand:
                  status: unverified
                  text: { th: "ไทย", en: "Thailand" }
                  sources: [press-2018]
              - id: no-source
                order: 2
                label: { th: "ไม่มีแหล่งที่มา", en: "No source" }
                china:
                  status: known
                  text: { th: "จีน", en: "China" }
                  sources: [press-2018]
                thailand:
                  status: not-known
                  text: { th: "ไทย", en: "Thailand" }
              - id: unknown-source
                order: 3
                label: { th: "แหล่งที่มาไม่รู้จัก", en: "Unknown source" }
                china:
                  status: known
                  text: { th: "จีน", en: "China" }
                  sources: [nowhere]
                thailand:
                  status: known
                  text: { th: "ไทย", en: "Thailand" }
                  sources: [press-2018]
              - id: no-thai
                order: 4
                label: { th: "ไม่มีภาษาไทย", en: "No Thai" }
                china:
                  status: known
                  text: { en: "English only" }
                  sources: [press-2018]
                thailand:
                  status: maybe
                  text: { th: "ไทย", en: "Thailand" }
                  sources: [press-2018]
            """);

        var snapshot = new ContentLoader().Load(_folder.Root);

        Assert.Equal("good", Assert.Single(snapshot.Comparison).Id);
        Assert.Equal(
            [
                $"{File}:21: error: The thailand cell of 'no-source' has no source.",
                // An unknown source is reported at the start of its row.
                $"{File}:23: error: 'unknown-source' cites unknown source 'nowhere'; add it to content/sources/ or fix the id.",
                $"{File}:39: error: 'text' is missing its Thai (th) text.",
                $"{File}:42: error: 'status' is 'maybe', which is not one of: known, not-known, unverified.",
            ],
            Errors(snapshot));
    }

    [Fact]
    public void ARowWithoutALabelInEnglishIsReported()
    {
        _folder.WithSource("press-2018").Write("comparison/dimensions.yaml", """
            dimensions:
              - id: thai-label-only
                order: 1
                label: { th: "มีแต่ภาษาไทย" }
                china:
                  status: known
                  text: { th: "จีน", en: "China" }
                  sources: [press-2018]
                thailand:
                  status: known
                  text: { th: "ไทย", en: "Thailand" }
                  sources: [press-2018]
            """);

        var snapshot = new ContentLoader().Load(_folder.Root);

        Assert.Empty(snapshot.Comparison);
        Assert.Equal([$"{File}:4: error: 'label' is missing its English (en) text."], Errors(snapshot));
    }

    static IEnumerable<string> Errors(ContentSnapshot snapshot) =>
        snapshot.Problems.Where(p => p.Severity == ProblemSeverity.Error)
            .OrderBy(p => p.Location.Line)
            .Select(p => p.ToString());
}
