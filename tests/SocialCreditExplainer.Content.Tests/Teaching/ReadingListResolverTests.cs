using SocialCreditExplainer.Content.Languages;
using SocialCreditExplainer.Content.Loading;
using SocialCreditExplainer.Content.Teaching;
using SocialCreditExplainer.Content.Tests.Loading;

namespace SocialCreditExplainer.Content.Tests.Teaching;

public sealed class ReadingListResolverTests : IDisposable
{
    readonly TestContentFolder _folder = new();
    readonly ContentSnapshot _snapshot;

    public ReadingListResolverTests()
    {
        _folder.WithSource("intro-source").WithSource("china-source").WithSource("detail-source").WithSource("thai-source")
            .WithArticle("primer", "en", "Primer", """
                An opening paragraph [@intro-source].

                ## China {#china}

                Plans and blacklists [@china-source].

                ### A detail {#detail}

                A finer point [@detail-source].

                ## Thailand {#thailand}

                Incentives for good deeds [@thai-source].
                """)
            .WithArticle("primer", "th", "ปูพื้นฐาน", """
                ย่อหน้าเปิด[@intro-source]

                ## จีน

                แผนและบัญชีรายชื่อ[@china-source]
                """)
            .WithArticle("thai-only", "th", "เฉพาะภาษาไทย", "ข้อความ[@thai-source]");
        _snapshot = new ContentLoader().Load(_folder.Root);
        Assert.DoesNotContain(_snapshot.Problems, p => p.Severity == ProblemSeverity.Error);
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void AWholeArticleReadsAsTheArticleWithAllItsSources()
    {
        var reading = Assert.Single(Resolve(SiteLanguage.English, new ReadingListItem("primer")));

        Assert.Null(reading.Section);
        Assert.Equal("/en/articles/primer", reading.Url);
        Assert.Equal(reading.Article.ReadingMinutes, reading.ReadingMinutes);
        Assert.Equal(["intro-source", "china-source", "detail-source", "thai-source"], reading.CitedSourceIds);
    }

    [Fact]
    public void ASectionReadsWithItsSubsectionsAndOnlyTheirSources()
    {
        var reading = Assert.Single(Resolve(SiteLanguage.English, new ReadingListItem("primer", "china")));

        Assert.Equal("China", reading.Section!.Text);
        Assert.Equal("/en/articles/primer#china", reading.Url);
        Assert.Equal(["china-source", "detail-source"], reading.CitedSourceIds);
    }

    [Fact]
    public void ASectionWithAThaiHeadingIdLinksToItsAnchor()
    {
        var reading = Assert.Single(Resolve(SiteLanguage.Thai, new ReadingListItem("primer", "จีน")));

        Assert.Equal("/th/articles/primer#" + Uri.EscapeDataString("จีน"), reading.Url);
        Assert.Equal(["china-source"], reading.CitedSourceIds);
    }

    [Fact]
    public void AnArticleThatIsNotOnTheSiteIsNamed()
    {
        var problem = Fail(SiteLanguage.English, new ReadingListItem("primer"), new ReadingListItem("no-such-article"));

        Assert.Equal(ReadingListError.UnknownArticle, problem.Error);
        Assert.Equal("no-such-article", problem.Detail);
    }

    [Fact]
    public void AnArticleMissingInTheReadersLanguageIsUnknownThere()
    {
        Assert.Single(Resolve(SiteLanguage.Thai, new ReadingListItem("thai-only")));

        Assert.Equal(ReadingListError.UnknownArticle, Fail(SiteLanguage.English, new ReadingListItem("thai-only")).Error);
    }

    [Fact]
    public void ASectionThatIsNotInTheArticleIsNamed()
    {
        var problem = Fail(SiteLanguage.English, new ReadingListItem("primer", "japan"));

        Assert.Equal(ReadingListError.UnknownSection, problem.Error);
        Assert.Equal("primer#japan", problem.Detail);
    }

    [Fact]
    public void ASubsectionCannotBeAssignedOnItsOwn() =>
        Assert.Equal(ReadingListError.UnknownSection, Fail(SiteLanguage.English, new ReadingListItem("primer", "detail")).Error);

    [Fact]
    public void OnlyLevelTwoHeadingsAreOffered() =>
        Assert.Equal(["china", "thailand"], ArticleSections.Assignable(_snapshot.FindArticleByKey(SiteLanguage.English, "primer")!).Select(h => h.Id));

    IReadOnlyList<ResolvedReading> Resolve(SiteLanguage language, params ReadingListItem[] items)
    {
        Assert.True(ReadingListResolver.TryResolve(new ReadingList("", "", items), _snapshot, language, out var readings, out var problem), problem?.ToString());
        return readings;
    }

    ReadingListProblem Fail(SiteLanguage language, params ReadingListItem[] items)
    {
        Assert.False(ReadingListResolver.TryResolve(new ReadingList("", "", items), _snapshot, language, out _, out var problem));
        return problem;
    }
}
