using SocialCreditExplainer.Content.Citing;
using SocialCreditExplainer.Content.Dates;

namespace SocialCreditExplainer.Content.Tests.Citing;

/// <summary>APA 7, MLA 9 and Chicago 17 references, checked against the styles' published patterns.</summary>
public sealed class CitationStylesTests
{
    [Fact]
    public void ApaWithAnAuthorInvertsTheNameAndNamesTheSite()
    {
        Assert.Equal(
            "Creemers, R. (2007, March). Some Opinions concerning the Construction of a Social Credit System. China Copyright and Media. "
            + "Retrieved November 26, 2026, from https://chinacopyrightandmedia.wordpress.com/2007/03/23/opinions/",
            CitationStyles.Apa(CitationSamples.WithAuthor));
    }

    [Fact]
    public void ApaWithOnlyAPublisherMakesItTheAuthorAndDoesNotRepeatIt()
    {
        Assert.Equal(
            "State Council. (2014, June 14). Planning Outline for the Construction of a Social Credit System (2014-2020). "
            + "Retrieved November 26, 2026, from https://example.org/outline",
            CitationStyles.Apa(CitationSamples.PublisherOnly));
    }

    [Fact]
    public void ApaWithNoDateSaysNd()
    {
        Assert.Equal(
            "Pines, Y. (n.d.). The Ideology of the Shangjun shu. docslib.org (copy). Retrieved November 26, 2026, from https://docslib.org/doc/6008997/ideology",
            CitationStyles.Apa(CitationSamples.Undated));
    }

    [Fact]
    public void MlaWithAnAuthor()
    {
        Assert.Equal(
            "Creemers, Rogier. \u201CSome Opinions concerning the Construction of a Social Credit System.\u201D China Copyright and Media, Mar. 2007, "
            + "chinacopyrightandmedia.wordpress.com/2007/03/23/opinions/. Accessed 26 Nov. 2026.",
            CitationStyles.Mla(CitationSamples.WithAuthor));
    }

    [Fact]
    public void MlaWithOnlyAPublisherStartsWithTheTitle()
    {
        Assert.Equal(
            "\u201CPlanning Outline for the Construction of a Social Credit System (2014-2020).\u201D State Council, 14 June 2014, example.org/outline. Accessed 26 Nov. 2026.",
            CitationStyles.Mla(CitationSamples.PublisherOnly));
    }

    [Fact]
    public void MlaWithNoDateLeavesTheDateOut()
    {
        Assert.Equal(
            "Pines, Yuri. \u201CThe Ideology of the Shangjun shu.\u201D docslib.org (copy), docslib.org/doc/6008997/ideology. Accessed 26 Nov. 2026.",
            CitationStyles.Mla(CitationSamples.Undated));
    }

    [Fact]
    public void ChicagoWithAnAuthorPutsTheAccessDateBeforeTheUrl()
    {
        Assert.Equal(
            "Creemers, Rogier. \u201CSome Opinions concerning the Construction of a Social Credit System.\u201D China Copyright and Media, March 2007. "
            + "Accessed November 26, 2026. https://chinacopyrightandmedia.wordpress.com/2007/03/23/opinions/.",
            CitationStyles.Chicago(CitationSamples.WithAuthor));
    }

    [Fact]
    public void ChicagoWithOnlyAPublisherNamesItOnce()
    {
        Assert.Equal(
            "State Council. \u201CPlanning Outline for the Construction of a Social Credit System (2014-2020).\u201D June 14, 2014. Accessed November 26, 2026. https://example.org/outline.",
            CitationStyles.Chicago(CitationSamples.PublisherOnly));
    }

    [Fact]
    public void ChicagoWithNoDateSaysNd()
    {
        Assert.Equal(
            "Pines, Yuri. \u201CThe Ideology of the Shangjun shu.\u201D docslib.org (copy), n.d. Accessed November 26, 2026. https://docslib.org/doc/6008997/ideology.",
            CitationStyles.Chicago(CitationSamples.Undated));
    }

    [Fact]
    public void OurOwnPageIsCitedWithTheSiteAsAuthorOnceAndATitleEndingInAQuestionMarkKeepsIt()
    {
        var page = new CitationRecord
        {
            Key = "scewhatissocialcrediten",
            Kind = CitedWorkKind.WebPage,
            Title = "What is social credit?",
            Publisher = "Social Credit Explained",
            Container = "Social Credit Explained",
            Published = HistoricalDate.OfDay(2025, 5, 1),
            Url = "https://example.org/en/articles/what-is-social-credit",
            Accessed = CitationSamples.Accessed,
            Language = "en",
        };

        Assert.Equal(
            "Social Credit Explained. (2025, May 1). What is social credit? Retrieved November 26, 2026, from https://example.org/en/articles/what-is-social-credit",
            CitationStyles.Apa(page));
        Assert.Equal(
            "\u201CWhat is social credit?\u201D Social Credit Explained, 1 May 2025, example.org/en/articles/what-is-social-credit. Accessed 26 Nov. 2026.",
            CitationStyles.Mla(page));
        Assert.Equal(
            "Social Credit Explained. \u201CWhat is social credit?\u201D May 1, 2025. Accessed November 26, 2026. https://example.org/en/articles/what-is-social-credit.",
            CitationStyles.Chicago(page));
    }

    [Fact]
    public void SeveralAuthorsAreJoinedAsEachStyleRequires()
    {
        var two = CitationSamples.WithAuthor with { Authors = ["Jeremy Daum", "Rogier Creemers"] };
        var three = CitationSamples.WithAuthor with { Authors = ["Jeremy Daum", "Rogier Creemers", "Yuri Pines"] };

        Assert.StartsWith("Daum, J., & Creemers, R. (2007", CitationStyles.Apa(two), StringComparison.Ordinal);
        Assert.StartsWith("Daum, J., Creemers, R., & Pines, Y. (2007", CitationStyles.Apa(three), StringComparison.Ordinal);
        Assert.StartsWith("Daum, Jeremy, and Rogier Creemers. \u201C", CitationStyles.Mla(two), StringComparison.Ordinal);
        Assert.StartsWith("Daum, Jeremy, et al. \u201C", CitationStyles.Mla(three), StringComparison.Ordinal);
        Assert.StartsWith("Daum, Jeremy, and Rogier Creemers. \u201C", CitationStyles.Chicago(two), StringComparison.Ordinal);
        Assert.StartsWith("Daum, Jeremy, Rogier Creemers, and Yuri Pines. \u201C", CitationStyles.Chicago(three), StringComparison.Ordinal);
    }

    [Fact]
    public void ABceYearIsWrittenAsBceNeverAsANegativeNumber()
    {
        var ancient = CitationSamples.Undated with { Published = HistoricalDate.OfYear(-356) };

        Assert.Contains("(356 BCE).", CitationStyles.Apa(ancient), StringComparison.Ordinal);
        Assert.Contains(", 356 BCE, ", CitationStyles.Mla(ancient), StringComparison.Ordinal);
        Assert.Contains(", 356 BCE. Accessed", CitationStyles.Chicago(ancient), StringComparison.Ordinal);
        Assert.DoesNotContain("-356", CitationStyles.Apa(ancient) + CitationStyles.Mla(ancient) + CitationStyles.Chicago(ancient), StringComparison.Ordinal);
    }

    [Fact]
    public void AThaiTitleIsFollowedByItsEnglishRenderingInBrackets()
    {
        var thai = CitationSamples.PublisherOnly with { Title = "แผนแม่บทส่งเสริมคุณธรรมแห่งชาติ", TranslatedTitle = "National Master Plan for Promoting Morality", Language = "th" };

        Assert.Contains(". แผนแม่บทส่งเสริมคุณธรรมแห่งชาติ [National Master Plan for Promoting Morality]. Retrieved", CitationStyles.Apa(thai), StringComparison.Ordinal);
        Assert.StartsWith("\u201Cแผนแม่บทส่งเสริมคุณธรรมแห่งชาติ\u201D [National Master Plan for Promoting Morality]. State Council,", CitationStyles.Mla(thai), StringComparison.Ordinal);
        Assert.Contains(" \u201Cแผนแม่บทส่งเสริมคุณธรรมแห่งชาติ\u201D [National Master Plan for Promoting Morality]. June 14, 2014.", CitationStyles.Chicago(thai), StringComparison.Ordinal);
    }

    [Fact]
    public void AnEllipsisInATitleAndDotsInAUrlAreLeftAlone()
    {
        var dotted = CitationSamples.PublisherOnly with { Title = "Credit... and trust", Url = "https://example.org/a..b" };

        var apa = CitationStyles.Apa(dotted);

        Assert.Contains(" Credit... and trust. ", apa, StringComparison.Ordinal);
        Assert.EndsWith("from https://example.org/a..b", apa, StringComparison.Ordinal);
    }

    [Fact]
    public void AWorkWithNoUrlEndsWithoutARetrievalStatement()
    {
        var offline = CitationSamples.PublisherOnly with { Url = null };

        Assert.Equal(
            "State Council. (2014, June 14). Planning Outline for the Construction of a Social Credit System (2014-2020).",
            CitationStyles.Apa(offline));
        Assert.EndsWith("State Council, 14 June 2014. Accessed 26 Nov. 2026.", CitationStyles.Mla(offline), StringComparison.Ordinal);
        Assert.EndsWith("June 14, 2014. Accessed November 26, 2026.", CitationStyles.Chicago(offline), StringComparison.Ordinal);
    }
}
