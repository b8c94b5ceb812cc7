namespace SocialCreditExplainer.ContentIntegrity.Tests;

/// <summary>The timeline, glossary and comparison are complete and every entry is cited.</summary>
public sealed class StructuredDataTests
{
    [Fact]
    public void TheTimelinesHaveEnoughEventsForBothCountries()
    {
        Assert.True(RealContent.Snapshot.TimelineEvents.Count(e => e.Country == Country.China) >= 20);
        Assert.True(RealContent.Snapshot.TimelineEvents.Count(e => e.Country == Country.Thailand) >= 15);
    }

    [Fact]
    public void EveryEventIsCitedAndEveryUncertainDateNamesItsSources()
    {
        foreach (var timelineEvent in RealContent.Snapshot.TimelineEvents)
        {
            Assert.NotEmpty(timelineEvent.Sources);
            Assert.All(timelineEvent.Uncertain?.Alternatives ?? [], a => Assert.NotNull(RealContent.Snapshot.FindSource(a.SourceId)));
        }
    }

    [Fact]
    public void TheGlossaryHasAtLeastTwentyCitedTermsInBothLanguages()
    {
        Assert.True(RealContent.Snapshot.Glossary.Count >= 20);
        Assert.All(RealContent.Snapshot.Glossary, t =>
        {
            Assert.NotEmpty(t.Sources);
            Assert.False(string.IsNullOrWhiteSpace(t.Definition.Thai));
            Assert.False(string.IsNullOrWhiteSpace(t.Definition.English));
        });
    }

    [Fact]
    public void EveryComparisonCellIsCited()
    {
        Assert.NotEmpty(RealContent.Snapshot.Comparison);
        Assert.All(RealContent.Snapshot.Comparison, d =>
        {
            Assert.NotEmpty(d.China.Sources);
            Assert.NotEmpty(d.Thailand.Sources);
        });
    }

    [Fact]
    public void EverySourceSaysWhereToFindItAndHasAnExcerpt()
    {
        Assert.All(RealContent.Snapshot.Sources, s =>
        {
            Assert.True(s.Url is not null || s.UrlNote is not null, s.Id);
            Assert.NotEmpty(s.Excerpts);
        });
    }
}
