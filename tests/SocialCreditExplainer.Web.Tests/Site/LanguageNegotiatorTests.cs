using SocialCreditExplainer.Content.Languages;
using SocialCreditExplainer.Web.Site;

namespace SocialCreditExplainer.Web.Tests.Site;

public sealed class LanguageNegotiatorTests
{
    [Theory]
    [InlineData(null, "th-TH,th;q=0.9,en;q=0.8", "th")]
    [InlineData(null, "en-US,en;q=0.9", "en")]
    [InlineData(null, "en;q=0.5, th;q=0.9", "th")]
    [InlineData(null, "fr-FR, en;q=0.4", "en")]
    [InlineData(null, "fr-FR, de", "th")]
    [InlineData(null, "th;q=0, en", "en")]
    [InlineData(null, "", "th")]
    [InlineData(null, ";;;,,q=abc", "th")]
    [InlineData("en", "th-TH", "en")]
    [InlineData("th", "en-US", "th")]
    [InlineData("xx", "en-US", "en")]
    public void PicksTheCookieThenTheBestAcceptedLanguageThenThai(string? cookie, string acceptLanguage, string expected) =>
        Assert.Equal(expected, LanguageNegotiator.Choose(cookie, acceptLanguage).Code);

    [Fact]
    public void AnOverlongHeaderIsHandled() =>
        Assert.Equal(SiteLanguage.Thai, LanguageNegotiator.Choose(null, new string('x', 100_000)));
}
