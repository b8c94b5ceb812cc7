using SocialCreditExplainer.Content.Languages;
using SocialCreditExplainer.Content.Loading;

namespace SocialCreditExplainer.Content.Tests.Loading;

public sealed class ContentLoaderTests : IDisposable
{
    readonly TestContentFolder _folder = new();
    readonly ContentLoader _loader = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void LoadsArticlesInBothLanguagesWithTheirSources()
    {
        _folder.WithSource("press-2018")
            .WithArticle("primer", "en", "What is it?", "Some text [@press-2018].")
            .WithArticle("primer", "th", "คืออะไร", "ข้อความภาษาไทย[@press-2018]");

        var snapshot = _loader.Load(_folder.Root);

        Assert.DoesNotContain(snapshot.Problems, p => p.Severity == ProblemSeverity.Error);
        Assert.Equal("คืออะไร", snapshot.FindArticle(SiteLanguage.Thai, "primer")!.Metadata.Title);
        Assert.Equal("press-2018", Assert.Single(snapshot.FindArticle(SiteLanguage.English, "primer")!.Body.Citations).SourceId);
    }

    [Fact]
    public void BrokenFrontMatterIsReportedWithFileAndLineAndTheRestStillLoads()
    {
        _folder.WithSource("press-2018")
            .WithArticle("good", "en", "Good", "Fine [@press-2018].")
            .Write("articles/broken/index.en.md", "---\ntitle: \"Broken\nsummary: x\n---\nBody\n");

        var snapshot = _loader.Load(_folder.Root);

        var problem = Assert.Single(snapshot.Problems, p => p.Severity == ProblemSeverity.Error);
        Assert.Equal("content/articles/broken/index.en.md", problem.Location.File);
        Assert.InRange(problem.Location.Line, 2, 4);
        Assert.NotNull(snapshot.FindArticle(SiteLanguage.English, "good"));
        Assert.Null(snapshot.FindArticle(SiteLanguage.English, "broken"));
    }

    [Fact]
    public void MissingFrontMatterFieldIsReportedAtTheFrontMatter()
    {
        _folder.Write("articles/no-title/index.en.md", "---\nsummary: x\nlevel: introductory\nupdated: 2026-11-26\norder: 1\n---\nBody\n");

        var snapshot = _loader.Load(_folder.Root);

        var problem = Assert.Single(snapshot.Problems, p => p.Severity == ProblemSeverity.Error);
        Assert.Equal(new ContentLocation("content/articles/no-title/index.en.md", 2), problem.Location);
        Assert.Contains("'title' is missing", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownCitationIsAnErrorAtItsLine()
    {
        _folder.WithArticle("primer", "en", "Primer", "First line.\n\nSecond paragraph [@nowhere].");

        var snapshot = _loader.Load(_folder.Root);

        var problem = Assert.Single(snapshot.Problems, p => p.Severity == ProblemSeverity.Error);
        Assert.Equal(new ContentLocation("content/articles/primer/index.en.md", 10), problem.Location);
        Assert.Contains("nowhere", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ABrokenEditKeepsTheLastGoodVersionOfThatFile()
    {
        _folder.WithSource("press-2018").WithArticle("primer", "en", "Version one", "Text [@press-2018].");
        var first = _loader.Load(_folder.Root);

        _folder.Write("articles/primer/index.en.md", "---\ntitle: [unclosed\n---\nBroken\n");
        var second = _loader.Load(_folder.Root, first);

        Assert.Equal("Version one", second.FindArticle(SiteLanguage.English, "primer")!.Metadata.Title);
        Assert.Contains(second.Problems, p => p.Severity == ProblemSeverity.Error && p.Location.File.EndsWith("primer/index.en.md", StringComparison.Ordinal));
    }

    [Fact]
    public void AGoodEditReplacesTheContent()
    {
        _folder.WithSource("press-2018").WithArticle("primer", "en", "Version one", "Text [@press-2018].");
        var first = _loader.Load(_folder.Root);

        _folder.WithArticle("primer", "en", "Version two", "Text [@press-2018].");
        var second = _loader.Load(_folder.Root, first);

        Assert.Equal("Version two", second.FindArticle(SiteLanguage.English, "primer")!.Metadata.Title);
        Assert.NotEqual(first.Version, second.Version);
    }

    [Fact]
    public void DuplicateSourceIdsAndMissingRequiredFieldsAreErrors()
    {
        _folder.WithSource("press-2018")
            .Write("sources/no-publisher.yaml", "id: no-publisher\ntype: news\ntitle: T\nurl: https://example.org\naccessed: \"2026-11-26\"\nlanguage: en\ncountry: china\nexcerpts:\n  - quote: q\n    location: l\n");

        var snapshot = _loader.Load(_folder.Root);

        var problem = Assert.Single(snapshot.Problems, p => p.Severity == ProblemSeverity.Error);
        Assert.Equal(new ContentLocation("content/sources/no-publisher.yaml", 1), problem.Location);
        Assert.Contains("publisher", problem.Message, StringComparison.Ordinal);
        Assert.Null(snapshot.FindSource("no-publisher"));
    }

    [Fact]
    public void AnEventWithoutSourcesOrWithAMalformedDateIsLeftOutAndTheRestKept()
    {
        _folder.WithSource("press-2018").Write("timelines/china.yaml", """
            country: china
            events:
              - id: good
                date: "2014-06-14"
                title: { th: "ดี", en: "Good" }
                summary: { th: "ดี", en: "Good" }
                themes: [law-policy]
                sources: [press-2018]
              - id: no-source
                date: "2014"
                title: { th: "ไม่มี", en: "None" }
                summary: { th: "ไม่มี", en: "None" }
                themes: [law-policy]
              - id: bad-date
                date: "2014-13-01"
                title: { th: "ผิด", en: "Bad" }
                summary: { th: "ผิด", en: "Bad" }
                themes: [law-policy]
                sources: [press-2018]
              - id: no-thai
                date: "2014"
                title: { en: "English only" }
                summary: { th: "ไม่มี", en: "None" }
                themes: [law-policy]
                sources: [unknown-source]
            """);

        var snapshot = _loader.Load(_folder.Root);

        Assert.Equal("good", Assert.Single(snapshot.TimelineEvents).Id);
        var errors = snapshot.Problems.Where(p => p.Severity == ProblemSeverity.Error).ToList();
        Assert.Contains(errors, p => p.Location.Line == 9 && p.Message.Contains("no source", StringComparison.Ordinal));
        Assert.Contains(errors, p => p.Location.Line == 14 && p.Message.Contains("2014-13-01", StringComparison.Ordinal));
        Assert.Contains(errors, p => p.Location.Line == 22 && p.Message.Contains("Thai", StringComparison.Ordinal));
    }

    [Fact]
    public void ThaiReadingTimeCountsWordsNotCharacters()
    {
        // 40 repetitions of an eight-word Thai phrase written without spaces (33 characters each).
        var body = string.Concat(Enumerable.Repeat("ระบบเครดิตสังคมของจีนมีหลายรูปแบบ", 40));
        _folder.WithArticle("thai", "th", "ไทย", body);

        var article = _loader.Load(_folder.Root).FindArticle(SiteLanguage.Thai, "thai")!;

        Assert.InRange(article.WordCount, 240, 400);
    }
}
