using SocialCreditExplainer.Content.Articles.Provenance;
using SocialCreditExplainer.Content.Languages;
using SocialCreditExplainer.Content.Sources;
using SocialCreditExplainer.Content.Tests.Markdown.Support;

namespace SocialCreditExplainer.Content.Tests.Articles;

/// <summary>"How we know": each claim is a cited paragraph, with its permalink id and its sources' kinds.</summary>
public sealed class ArticleProvenanceTests
{
    static readonly DateOnly Updated = new(2026, 11, 26);

    static readonly Dictionary<string, Source> Catalogue = new(StringComparer.Ordinal)
    {
        [TestContent.SourceA.Id] = TestContent.SourceA,
        // The same record as an opinion piece, so one article can show three kinds.
        [TestContent.SourceB.Id] = TestContent.SourceB with { Type = SourceType.Blog },
        [TestContent.SourceC.Id] = TestContent.SourceC,
    };

    [Fact]
    public void ClaimsAreTheCitedParagraphsWithTheirPermalinkIdsAndSources()
    {
        var article = TestArticles.Make(
            SiteLanguage.Thai,
            Updated,
            "ย่อหน้าแรกไม่มีการอ้างอิง\n\nจีนออกแผนในปี 2557[@source-a]\n\n- มีผู้วิจารณ์[@source-b; @source-a]");

        var provenance = ArticleProvenance.Of(article, Catalogue.GetValueOrDefault);

        Assert.Equal([article.Body.Paragraphs[1].Id, article.Body.Paragraphs[2].Id], provenance.Claims.Select(c => c.ParagraphId));
        Assert.Equal(Spec.ParagraphId("จีนออกแผนในปี 2557"), provenance.Claims[0].ParagraphId);
        Assert.Equal("จีนออกแผนในปี 2557", provenance.Claims[0].Excerpt);
        Assert.Equal(["source-b", "source-a"], provenance.Claims[1].Sources.Select(s => s.Source.Id));
        Assert.Equal([EvidenceKind.Opinion, EvidenceKind.PrimaryDocument], provenance.Claims[1].Sources.Select(s => s.Kind));
        Assert.Equal([2, 1], provenance.Claims[1].Sources.Select(s => s.ReferenceNumber));
    }

    [Fact]
    public void EverySourceIsCountedOnceInReferenceOrderWithKindCounts()
    {
        var article = TestArticles.Make(
            SiteLanguage.English,
            Updated,
            "First[@source-c].\n\nSecond[@source-a; @source-c].\n\nThird[@source-b].");

        var provenance = ArticleProvenance.Of(article, Catalogue.GetValueOrDefault);

        Assert.Equal(["source-c", "source-a", "source-b"], provenance.Sources.Select(s => s.Source.Id));
        Assert.Equal(
            [new(EvidenceKind.PrimaryDocument, 2), new KeyValuePair<EvidenceKind, int>(EvidenceKind.Opinion, 1)],
            provenance.KindCounts);
        Assert.Empty(provenance.CitedOutsideParagraphs);
    }

    [Fact]
    public void SourcesCitedOnlyInTablesAreCountedButHaveNoClaim()
    {
        var article = TestArticles.Make(
            SiteLanguage.English,
            Updated,
            "A claim[@source-a].\n\n| Row |\n|---|\n| A cell[@source-c] |");

        var provenance = ArticleProvenance.Of(article, Catalogue.GetValueOrDefault);

        Assert.Single(provenance.Claims);
        Assert.Equal(2, provenance.Sources.Count);
        Assert.Equal("source-c", Assert.Single(provenance.CitedOutsideParagraphs).Source.Id);
    }

    [Fact]
    public void SourcesTheCatalogueDoesNotKnowAreLeftOut()
    {
        var article = TestArticles.Make(SiteLanguage.English, Updated, "A claim[@source-a].\n\nAnother[@source-b].");

        var provenance = ArticleProvenance.Of(article, id => id == "source-a" ? TestContent.SourceA : null);

        Assert.Equal("source-a", Assert.Single(Assert.Single(provenance.Claims).Sources).Source.Id);
        Assert.Single(provenance.Sources);
    }

    [Theory]
    [InlineData(SourceType.GovernmentDocument, EvidenceKind.PrimaryDocument)]
    [InlineData(SourceType.Law, EvidenceKind.PrimaryDocument)]
    [InlineData(SourceType.ParliamentaryRecord, EvidenceKind.PrimaryDocument)]
    [InlineData(SourceType.News, EvidenceKind.News)]
    [InlineData(SourceType.Opinion, EvidenceKind.Opinion)]
    [InlineData(SourceType.Blog, EvidenceKind.Opinion)]
    [InlineData(SourceType.Encyclopedia, EvidenceKind.Reference)]
    [InlineData(SourceType.Academic, EvidenceKind.Research)]
    [InlineData(SourceType.ThinkTank, EvidenceKind.Research)]
    public void EachSourceTypeHasAKind(SourceType type, EvidenceKind kind) =>
        Assert.Equal(kind, EvidenceKinds.Of(type));
}
