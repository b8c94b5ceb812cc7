using System.IO.Compression;
using SocialCreditExplainer.Content.Languages;
using SocialCreditExplainer.Web.Hosting;
using SocialCreditExplainer.Web.Packing;
using SocialCreditExplainer.Web.Tests.Support;

namespace SocialCreditExplainer.Web.Tests.Teach;

public sealed class OfflinePackTests(PackedSite pack) : IClassFixture<PackedSite>
{
    [Fact]
    public void ThePackHoldsEveryArticleAndItsHandoutInBothLanguages()
    {
        foreach (var article in TeachHtml.Snapshot(pack.Site).Articles)
        {
            var folder = $"{article.Language.Code}/articles/{article.Slug}";
            Assert.True(File.Exists(Path.Combine(pack.Folder, folder, "index.html")), folder);
            Assert.True(File.Exists(Path.Combine(pack.Folder, folder, "handout", "index.html")), folder + "/handout");
            var page = TeachHtml.Parse(pack.Read(folder + "/index.html"));
            Assert.Equal(article.Metadata.Title, page.QuerySelector("h1")!.TextContent);
        }
    }

    [Fact]
    public void ThePackHoldsEverySourceAndTheOtherReadingPages()
    {
        var snapshot = TeachHtml.Snapshot(pack.Site);
        foreach (var language in SiteLanguage.All)
        {
            foreach (var page in new[] { "index.html", "articles/index.html", "timeline/index.html", "sources/index.html", "glossary/index.html", "compare/index.html" })
            {
                Assert.True(File.Exists(Path.Combine(pack.Folder, language.Code, page)), $"{language.Code}/{page}");
            }

            foreach (var source in snapshot.Sources)
            {
                Assert.True(File.Exists(Path.Combine(pack.Folder, language.Code, "sources", source.Id, "index.html")), source.Id);
            }
        }
    }

    [Fact]
    public void EveryLinkInThePackLeadsToAFileInThePack()
    {
        var checkedLinks = 0;
        foreach (var file in pack.HtmlFiles())
        {
            var page = TeachHtml.Parse(pack.Read(file));
            var directory = Path.GetDirectoryName(Path.Combine(pack.Folder, file))!;
            foreach (var value in page.QuerySelectorAll("[href], [src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!))
            {
                if (value.StartsWith('#') || Uri.TryCreate(value, UriKind.Absolute, out _))
                {
                    continue;
                }

                Assert.False(value.StartsWith('/'), $"{file}: a root-relative link breaks under file://: {value}");
                var target = Path.GetFullPath(Path.Combine(directory, Uri.UnescapeDataString(value.Split('#')[0])));
                Assert.True(File.Exists(target), $"{file} links to {value}, which is not in the pack");
                checkedLinks++;
            }
        }

        Assert.True(checkedLinks > 1000, $"Only {checkedLinks} links were checked.");
    }

    [Fact]
    public void PagesLinkToFilesNotFoldersSoFileUrlsWork()
    {
        var page = TeachHtml.Parse(pack.Read("th/articles/what-is-social-credit/index.html"));

        var nav = page.QuerySelectorAll("nav.site-nav a").Select(a => a.GetAttribute("href")).ToList();

        Assert.Contains("../../timeline/index.html", nav);
        Assert.Contains("../../sources/index.html", nav);
        Assert.Equal("../../../en/articles/what-is-social-credit/index.html", page.QuerySelector("a.language-switcher")!.GetAttribute("href"));
    }

    [Fact]
    public void PagesCarryNothingThatNeedsTheServer()
    {
        foreach (var file in pack.HtmlFiles())
        {
            var html = pack.Read(file);
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<base", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<form", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<!--Blazor", html, StringComparison.Ordinal);

            // Text may name the online site (a citation); links must not lead back to the server.
            var page = TeachHtml.Parse(html);
            Assert.DoesNotContain(page.QuerySelectorAll("[href], [src]"), e => (e.GetAttribute("href") ?? e.GetAttribute("src"))!.StartsWith("http://localhost", StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("th", "การค้นหาต้องใช้เว็บไซต์ออนไลน์")]
    [InlineData("en", "Search needs the online site")]
    public void TheSearchPageSaysPlainlyThatSearchNeedsTheOnlineSite(string lang, string expected)
    {
        var page = TeachHtml.Parse(pack.Read($"{lang}/search/index.html"));

        Assert.Equal(lang, page.DocumentElement.GetAttribute("lang"));
        Assert.Contains(expected, page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("main a[href='../articles/index.html']"));
    }

    [Theory]
    [InlineData("th", "สำหรับครู")]
    [InlineData("en", "For teachers")]
    public void TheTeachersPageOffersEveryHandoutInsteadOfTheBuilder(string lang, string title)
    {
        var language = SiteLanguage.FromCode(lang)!;
        var page = TeachHtml.Parse(pack.Read($"{lang}/teach/index.html"));

        Assert.Equal(title, page.QuerySelector("main h1")!.TextContent);
        var links = page.QuerySelectorAll("main li a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(TeachHtml.Snapshot(pack.Site).ArticlesIn(language).Select(a => $"../articles/{a.Slug}/handout/index.html"), links);
    }

    [Fact]
    public void TheFrontPageLetsTheReaderPickALanguage()
    {
        var page = TeachHtml.Parse(pack.Read("index.html"));

        var links = page.QuerySelectorAll(".offline-languages a").Select(a => a.GetAttribute("href")).ToList();

        Assert.Equal(["th/index.html", "en/index.html"], links);
        Assert.Contains("ชุดเนื้อหาสำหรับใช้ออฟไลน์", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void SourceFiltersBecomeStaticPages()
    {
        var page = TeachHtml.Parse(pack.Read("th/sources/index.html"));

        var china = page.QuerySelectorAll(".filter-links a").Single(a => a.TextContent == "จีน").GetAttribute("href")!;

        Assert.Equal("_q/country-china/index.html", china);
        var filtered = TeachHtml.Parse(pack.Read("th/sources/_q/country-china/index.html"));
        var sources = TeachHtml.Snapshot(pack.Site).Sources;
        var listed = filtered.QuerySelectorAll("main a[href]").Select(a => a.GetAttribute("href")!)
            .Select(href => sources.SingleOrDefault(s => href == $"../../{s.Id}/index.html"))
            .OfType<Content.Sources.Source>()
            .ToList();
        Assert.NotEmpty(listed);
        Assert.All(listed, source => Assert.Equal(Content.Country.China, source.Country));
    }

    [Fact]
    public void TheZipHoldsTheFolder()
    {
        using var zip = ZipFile.OpenRead(pack.Result.Zip);

        var names = zip.Entries.Select(e => e.FullName.Replace('\\', '/')).ToHashSet();

        Assert.Contains("pack/index.html", names);
        Assert.Contains("pack/th/index.html", names);
        Assert.Contains("pack/en/articles/what-is-social-credit/handout/index.html", names);
        Assert.Equal(Directory.EnumerateFiles(pack.Folder, "*", SearchOption.AllDirectories).Count(), zip.Entries.Count(e => e.Length > 0 || !e.FullName.EndsWith('/')));
    }

    [Fact]
    public void NoPageOfTheSiteWasMissing() =>
        Assert.True(pack.Result.Broken.Count == 0, string.Join("\n", pack.Result.Broken));

    [Fact]
    public async Task ThePackCommandRunsTheSiteItselfAndWritesAFolderAndAZip()
    {
        var parent = Path.Combine(Path.GetTempPath(), "sce-pack-command-" + Guid.NewGuid().ToString("N"));
        var folder = Path.Combine(parent, "classroom");
        var output = new StringWriter();
        try
        {
            var exit = await PackCommand.RunAsync(["pack", folder, "--content", RepositoryContent.Root, "--site-url", "https://school.example"], output);

            Assert.True(exit == 0, output.ToString());
            Assert.Matches(@"Packed \d+ pages and \d+ other files", output.ToString());
            Assert.True(File.Exists(folder + ".zip"));
            Assert.True(File.Exists(Path.Combine(folder, "th", "index.html")));

            // Stylesheets and fonts come from the build's static assets, whatever the environment.
            var home = TeachHtml.Parse(File.ReadAllText(Path.Combine(folder, "th", "index.html")));
            var stylesheet = home.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!).First(h => h.Contains("css/site", StringComparison.Ordinal));
            var css = File.ReadAllText(Path.Combine(folder, "th", stylesheet));
            Assert.Contains("@font-face", css, StringComparison.Ordinal);
            Assert.NotEmpty(Directory.GetFiles(Path.Combine(folder, "fonts"), "sarabun-thai-*.woff2"));

            // "Cite this page" names the public site, never the loopback port the pack ran on.
            var article = File.ReadAllText(Path.Combine(folder, "en", "articles", "about", "index.html"));
            Assert.Contains("https://school.example/en/articles/about", article, StringComparison.Ordinal);
            Assert.DoesNotContain("127.0.0.1", article, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(parent, recursive: true);
        }
    }

    [Fact]
    public async Task ThePackCommandNeverEmptiesAFolderThatHoldsSomethingElse()
    {
        var folder = Path.Combine(Path.GetTempPath(), "sce-not-a-pack-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var precious = Path.Combine(folder, "thesis.docx");
        await File.WriteAllTextAsync(precious, "years of work");
        try
        {
            var exit = await PackCommand.RunAsync(["pack", folder, "--content", RepositoryContent.Root]);

            Assert.Equal(2, exit);
            Assert.Equal("years of work", await File.ReadAllTextAsync(precious));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("/th/articles/x", "", "th/articles/x/index.html")]
    [InlineData("/th", "", "th/index.html")]
    [InlineData("/", "", "index.html")]
    [InlineData("/th/sources", "?country=china&language=en", "th/sources/_q/country-china_language-en/index.html")]
    [InlineData("/th/articles/%E0%B8%81", "", "th/articles/ก/index.html")]
    public void PagesBecomeFoldersWithAnIndexFile(string path, string query, string expected) =>
        Assert.Equal(expected, PackPaths.PageFile(path, query));

    [Theory]
    [InlineData("th/articles/x/index.html", "th/glossary/index.html", "../../glossary/index.html")]
    [InlineData("th/articles/x/index.html", "th/articles/x/handout/index.html", "handout/index.html")]
    [InlineData("index.html", "th/index.html", "th/index.html")]
    [InlineData("th/index.html", "css/site.abc.css", "../css/site.abc.css")]
    [InlineData("th/articles/ก/index.html", "th/articles/ข/index.html", "../%E0%B8%82/index.html")]
    public void LinksBetweenFilesAreRelative(string from, string to, string expected) =>
        Assert.Equal(expected, PackPaths.RelativeHref(from, to));

    [Fact]
    public void CleaningKeepsTheContentAndDropsWhatNeedsTheServer()
    {
        var html = """
            <html lang="th"><head><base href="/" /><link rel="canonical" href="http://x/th/" /><link rel="stylesheet" href="css/site.css" />
            <meta property="og:url" content="http://x/th/" /></head>
            <body><!--Blazor:{"type":"server"}--><form method="get" action="/th/sources"><select name="country"></select></form>
            <p>เนื้อหา</p><script src="_framework/blazor.web.js"></script></body></html>
            """;

        var clean = OfflineHtml.Clean(html);

        Assert.Equal(["css/site.css"], OfflineHtml.Links(clean));
        Assert.Contains("<p>เนื้อหา</p>", clean, StringComparison.Ordinal);
        Assert.DoesNotContain("<form", clean, StringComparison.Ordinal);
        Assert.DoesNotContain("Blazor", clean, StringComparison.Ordinal);
        Assert.DoesNotContain("og:url", clean, StringComparison.Ordinal);
    }
}
