using System.Net;
using SocialCreditExplainer.Content.Languages;
using SocialCreditExplainer.Content.Sources;
using SocialCreditExplainer.Web.Site;
using SocialCreditExplainer.Web.Tests.Support;

namespace SocialCreditExplainer.Web.Tests.Sources;

/// <summary>A source's page: the full record, its excerpts, and every place that cites it.</summary>
public sealed class SourcePageTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    const string Opinions = "creemers-2007-opinions";

    [Fact]
    public async Task AnEnglishSourcePageShowsTheFullRecord()
    {
        var page = await SourcePages.Get(site, $"/en/sources/{Opinions}");

        Assert.Equal("Some Opinions concerning the Construction of a Social Credit System", page.QuerySelector("h1")!.TextContent);
        var fields = SourcePages.Fields(page.QuerySelector(".source-record dl")!);
        Assert.Equal("Government document", fields["Type"]);
        Assert.Equal("ความเห็นบางประการว่าด้วยการสร้างระบบเครดิตสังคม (สำนักงานคณะรัฐมนตรีจีน, พ.ศ. 2550)", fields["Thai title"]);
        Assert.Equal("Rogier Creemers", fields["Authors"]);
        Assert.Equal("China Copyright and Media", fields["Publisher"]);
        Assert.StartsWith("March 2007 (known to the month) Issued in March 2007.", fields["Published"], StringComparison.Ordinal);
        Assert.Equal("https://chinacopyrightandmedia.wordpress.com/2007/03/23/state-council-general-office-some-opinions-concerning-the-construction-of-a-social-credit-system/", fields["Address"]);
        Assert.Equal("26 November 2026", fields["Date accessed"]);
        Assert.Equal("English (en)", fields["Language"]);
        Assert.Equal("China", fields["Country"]);
        Assert.StartsWith("An English translation by Rogier Creemers", fields["Reliability note"], StringComparison.Ordinal);

        var record = page.QuerySelector(".source-record")!;
        Assert.Equal("2007-03", record.QuerySelector("time[datetime='2007-03']")!.GetAttribute("datetime"));
        Assert.Equal("2026-11-26", record.QuerySelectorAll("time").Last().GetAttribute("datetime"));
        Assert.NotNull(record.QuerySelector("a[href^='https://chinacopyrightandmedia.wordpress.com/2007/03/23/']"));
    }

    [Fact]
    public async Task AThaiSourcePageUsesThaiLabelsBuddhistEraDatesAndMarksEnglishText()
    {
        var page = await SourcePages.Get(site, $"/th/sources/{Opinions}");

        Assert.Equal("th", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("ความเห็นบางประการว่าด้วยการสร้างระบบเครดิตสังคม (สำนักงานคณะรัฐมนตรีจีน, พ.ศ. 2550)", page.QuerySelector("h1")!.TextContent);
        var list = page.QuerySelector(".source-record dl")!;
        var fields = SourcePages.Fields(list);
        Assert.Equal("เอกสารของรัฐ", fields["ประเภท"]);
        Assert.StartsWith("มีนาคม 2550 (ทราบเพียงเดือนและปี)", fields["วันที่เผยแพร่"], StringComparison.Ordinal);
        Assert.Equal("26 พฤศจิกายน 2569", fields["วันที่เข้าถึง"]);
        Assert.Equal("ภาษาอังกฤษ (en)", fields["ภาษา"]);
        Assert.Equal("จีน", fields["ประเทศ"]);

        // The English original title and the catalogue's English notes carry lang="en" on a Thai page.
        var original = list.QuerySelectorAll("dt").Single(dt => dt.TextContent == "ชื่อตามต้นฉบับ").NextElementSibling!;
        Assert.Equal("en", original.GetAttribute("lang"));
        Assert.Equal("en", list.QuerySelector(".reliability")!.GetAttribute("lang"));
        Assert.Equal("en", list.QuerySelector(".field-note")!.GetAttribute("lang"));
    }

    [Theory]
    [InlineData("th")]
    [InlineData("en")]
    public async Task ExcerptsAreBlockquotesEachWithWhereItSits(string lang)
    {
        var source = SourcePages.Snapshot(site).FindSource("wikipedia-social-credit-system")!;

        var page = await SourcePages.Get(site, $"/{lang}/sources/{source.Id}");

        var figures = page.QuerySelectorAll(".excerpts figure");
        Assert.Equal(source.Excerpts.Count, figures.Length);
        foreach (var (figure, excerpt) in figures.Zip(source.Excerpts))
        {
            var quote = figure.QuerySelector("blockquote")!;
            Assert.Equal(excerpt.Quote, SourcePages.Text(quote));
            Assert.Equal(source.Url, quote.GetAttribute("cite"));
            Assert.EndsWith(excerpt.Location, SourcePages.Text(figure.QuerySelector("figcaption")!), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("th")]
    [InlineData("en")]
    public async Task EveryCitedInLinkLeadsToAPageThatExists(string lang)
    {
        var language = SiteLanguage.FromCode(lang)!;
        var snapshot = SourcePages.Snapshot(site);
        var expected = snapshot.Citations.PlacesCiting(Opinions, language);
        Assert.Contains(expected, p => p.Kind == CitingKind.ArticleParagraph);
        Assert.Contains(expected, p => p.Kind == CitingKind.TimelineEvent);

        var page = await SourcePages.Get(site, $"/{lang}/sources/{Opinions}");

        var section = page.QuerySelector(".cited-in")!;
        Assert.Equal(lang == "th" ? "ถูกอ้างถึงใน" : "Cited in", section.QuerySelector("h2")!.TextContent);
        var links = section.QuerySelectorAll("a");
        Assert.Equal(expected.Select(p => p.Url).Order(), links.Select(a => a.GetAttribute("href")!).Order());

        foreach (var href in links.Select(a => a.GetAttribute("href")!).Distinct())
        {
            var parts = href.Split('#', 2);
            var target = await SourcePages.Get(site, parts[0]);
            if (href.Contains("/articles/", StringComparison.Ordinal))
            {
                // A paragraph permalink: the paragraph is on the page it points to.
                Assert.NotNull(target.GetElementById(Uri.UnescapeDataString(parts[1])));
            }
        }
    }

    [Fact]
    public async Task CitedInIsGroupedByKindInOrder()
    {
        var page = await SourcePages.Get(site, $"/en/sources/{Opinions}");

        Assert.Equal(["Articles", "Timeline events", "Glossary terms"], page.QuerySelectorAll(".cited-in h3").Select(h => h.TextContent));
    }

    [Theory]
    [InlineData("th", "ไม่ทราบ", "ไม่มีลิงก์", "สภา", "การประชุม", "วันที่ประชุม", "ระเบียบวาระ", "สิ่งที่ยังไม่ทราบ")]
    [InlineData("en", "not known", "No address", "Chamber", "Sitting", "Date of sitting", "Agenda item", "What is not known")]
    public async Task AParliamentaryRecordSaysPlainlyWhatIsNotKnown(string lang, string notKnown, string noAddress, string chamber, string sitting, string date, string agenda, string whatIsNotKnown)
    {
        var page = await SourcePages.Get(site, $"/{lang}/sources/house-record-kan-debate");

        var parliament = SourcePages.Fields(page.QuerySelector("dl.parliament")!);
        Assert.Equal("สภาผู้แทนราษฎร / House of Representatives", parliament[chamber]);
        Assert.Equal(notKnown, parliament[sitting]);
        Assert.Equal(notKnown, parliament[date]);
        Assert.Equal(notKnown, parliament[agenda]);
        Assert.StartsWith("The record itself was not found.", parliament[whatIsNotKnown], StringComparison.Ordinal);

        var record = page.QuerySelector(".source-record dl")!;
        Assert.Null(record.QuerySelector("a.source-url"));
        Assert.Contains(noAddress, record.TextContent, StringComparison.Ordinal);
        Assert.Contains("The House record (บันทึกการประชุม) of this debate was not found", record.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWikipediaSourceNamesItsArticleAndSaysWhenTheRevisionIsNotKnown()
    {
        var page = await SourcePages.Get(site, "/en/sources/wikipedia-social-credit-system");

        var wikipedia = SourcePages.Fields(page.QuerySelector("dl.wikipedia")!);
        Assert.Equal("Social Credit System", wikipedia["Article"]);
        Assert.Equal("not known", wikipedia["Revision permalink"]);
        Assert.Contains("n.d.", SourcePages.Fields(page.QuerySelector(".source-record dl")!)["Published"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("th")]
    [InlineData("en")]
    public async Task AnUnknownSourceIsA404InTheReadersLanguage(string lang)
    {
        var (status, page) = await SourcePages.GetWithStatus(site, $"/{lang}/sources/no-such-source");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal(lang, page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(SiteText.For(SiteLanguage.FromCode(lang)!).NotFoundTitle, page.QuerySelector("h1")!.TextContent);
    }

    [Theory]
    [InlineData("/th/sources")]
    [InlineData("/en/sources")]
    [InlineData("/th/sources/" + Opinions)]
    [InlineData("/en/sources/" + Opinions)]
    public async Task SourcePagesLinkTheirOtherLanguageVersion(string path)
    {
        var page = await SourcePages.Get(site, path);

        var other = path.StartsWith("/th/", StringComparison.Ordinal) ? "en" : "th";
        var alternate = page.QuerySelector($"link[rel=alternate][hreflang={other}]")!.GetAttribute("href")!;
        Assert.EndsWith("/" + other + path[3..], alternate, StringComparison.Ordinal);
    }
}
