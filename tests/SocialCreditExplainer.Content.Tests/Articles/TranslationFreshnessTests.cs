using SocialCreditExplainer.Content.Articles;
using SocialCreditExplainer.Content.Languages;

namespace SocialCreditExplainer.Content.Tests.Articles;

/// <summary>The "translation may be out of date" rule: only a strictly newer other version earns a notice.</summary>
public sealed class TranslationFreshnessTests
{
    static readonly DateOnly October1 = new(2018, 10, 1);
    static readonly DateOnly October13 = new(2018, 10, 13);

    [Fact]
    public void SameDateMeansNoNotice() =>
        Assert.False(TranslationFreshness.IsOutdated(October13, October13));

    [Fact]
    public void ANewerTranslationMeansANotice() =>
        Assert.True(TranslationFreshness.IsOutdated(October1, October13));

    [Fact]
    public void WhenThisVersionIsNewerThereIsNoNotice() =>
        Assert.False(TranslationFreshness.IsOutdated(October13, October1));

    [Fact]
    public void WithoutATranslationThereIsNoNotice() =>
        Assert.False(TranslationFreshness.IsOutdated(October1, null));

    [Fact]
    public void TheNewerVersionIsTheOneToReadAndOnlyTheOlderOneGetsTheNotice()
    {
        var english = TestArticles.Make(SiteLanguage.English, October1, "One paragraph.");
        var thai = TestArticles.Make(SiteLanguage.Thai, October13);
        var snapshot = new ContentSnapshot([thai, english], [], [], [], [], [], "test", DateTimeOffset.UnixEpoch);

        Assert.Same(thai, TranslationFreshness.NewerTranslation(snapshot, english));
        Assert.Null(TranslationFreshness.NewerTranslation(snapshot, thai));
    }

    [Fact]
    public void AnArticleWithNoTranslationInTheSnapshotGetsNoNotice()
    {
        var english = TestArticles.Make(SiteLanguage.English, October1, "One paragraph.");
        var snapshot = new ContentSnapshot([english], [], [], [], [], [], "test", DateTimeOffset.UnixEpoch);

        Assert.Null(TranslationFreshness.NewerTranslation(snapshot, english));
    }

    [Fact]
    public void ANewerArticleThatIsNotATranslationIsIgnored()
    {
        var english = TestArticles.Make(SiteLanguage.English, October1, "One paragraph.");
        var otherArticle = TestArticles.Make(SiteLanguage.Thai, October13, key: "thailand-social-credit");
        var sameLanguage = TestArticles.Make(SiteLanguage.English, October13, "Another paragraph.");

        Assert.Null(TranslationFreshness.NewerTranslation(english, otherArticle));
        Assert.Null(TranslationFreshness.NewerTranslation(english, sameLanguage));
    }
}
