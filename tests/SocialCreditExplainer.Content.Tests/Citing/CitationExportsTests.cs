using System.Text.Json;
using System.Text.RegularExpressions;
using SocialCreditExplainer.Content.Citing;
using SocialCreditExplainer.Content.Dates;

namespace SocialCreditExplainer.Content.Tests.Citing;

/// <summary>BibTeX, RIS and CSL-JSON, each read back by a parser rather than compared as strings.</summary>
public sealed partial class CitationExportsTests
{
    [Fact]
    public void BibTexEscapesEveryLatexSpecialSoTheEntryStillParses()
    {
        var awkward = CitationSamples.PublisherOnly with
        {
            Title = "Rules {draft} & 100% of A_B #1 cost $5",
            Publisher = "Office of C:\\Data ~ ^ Research",
        };

        var entry = BibTexEntry.Parse(CitationExports.BibTex(awkward));

        Assert.Equal("{Rules \\{draft\\} \\& 100\\% of A\\_B \\#1 cost \\$5}", entry.Fields["title"]);
        Assert.Equal("Rules {draft} & 100% of A_B #1 cost $5", entry.Plain("title"));
        Assert.Equal("Office of C:\\textbackslash{}Data \\textasciitilde{} \\textasciicircum{} Research", entry.Fields["institution"]);
        Assert.Equal("Office of C:\\Data ~ ^ Research", entry.Plain("institution"));
    }

    [Fact]
    public void BibTexCarriesTheRecordsFacts()
    {
        var entry = BibTexEntry.Parse(CitationExports.BibTex(CitationSamples.WithAuthor));

        Assert.Equal("techreport", entry.Type);
        Assert.Equal("creemers2007opinions", entry.Key);
        Assert.Equal("Some Opinions concerning the Construction of a Social Credit System", entry.Plain("title"));
        Assert.Equal("Rogier Creemers", entry.Fields["author"]);
        Assert.Equal("2007", entry.Fields["year"]);
        Assert.Equal("3", entry.Fields["month"]);
        Assert.Equal("2007-03", entry.Fields["date"]);
        Assert.Equal("https://chinacopyrightandmedia.wordpress.com/2007/03/23/opinions/", entry.Fields["url"]);
        Assert.Equal("2026-11-26", entry.Fields["urldate"]);
        Assert.Equal("english", entry.Fields["langid"]);
    }

    [Fact]
    public void BibTexKeepsAnOrganisationAsOneAuthorAndJoinsPeopleWithAnd()
    {
        var organisation = BibTexEntry.Parse(CitationExports.BibTex(CitationSamples.PublisherOnly with { Publisher = "Secretariat of the House of Representatives" }));
        var people = BibTexEntry.Parse(CitationExports.BibTex(CitationSamples.WithAuthor with { Authors = ["Jeremy Daum", "Rogier Creemers"] }));

        // Double braces: BibTeX must not read "Representatives" as a surname.
        Assert.Equal("{Secretariat of the House of Representatives}", organisation.Fields["author"]);
        Assert.Equal(["Jeremy Daum", "Rogier Creemers"], people.Fields["author"].Split(" and "));
    }

    [Fact]
    public void BibTexWritesABceYearAsBceAndTheDateInIso()
    {
        var entry = BibTexEntry.Parse(CitationExports.BibTex(CitationSamples.Undated with { Published = HistoricalDate.OfYear(-356) }));

        Assert.Equal("356 BCE", entry.Fields["year"]);
        Assert.Equal("-0355", entry.Fields["date"]);
    }

    [Fact]
    public void RisIsOneTagPerLineFromTyToEr()
    {
        var ris = CitationExports.Ris(CitationSamples.WithAuthor with { Title = "A title\nthat was wrapped" });

        Assert.EndsWith("\r\n", ris, StringComparison.Ordinal);
        var lines = ris[..^2].Split("\r\n");
        Assert.All(lines, line => Assert.Matches(RisLine(), line));
        Assert.StartsWith("TY  - ", lines[0], StringComparison.Ordinal);
        Assert.Equal("ER  - ", lines[^1]);
        Assert.DoesNotContain('\n', ris.Replace("\r\n", string.Empty, StringComparison.Ordinal));

        var tags = Tags(ris);
        Assert.Equal(["RPRT"], tags["TY"]);
        Assert.Equal(["A title that was wrapped"], tags["TI"]);
        Assert.Equal(["Rogier Creemers"], tags["AU"]);
        Assert.Equal(["2007"], tags["PY"]);
        Assert.Equal(["2007/03//"], tags["DA"]);
        Assert.Equal(["https://chinacopyrightandmedia.wordpress.com/2007/03/23/opinions/"], tags["UR"]);
        Assert.Equal(["2026/11/26"], tags["Y2"]);
    }

    [Fact]
    public void RisDatesKeepTheirEmptySlots()
    {
        Assert.Equal(["2014/06/14/"], Tags(CitationExports.Ris(CitationSamples.PublisherOnly))["DA"]);
        Assert.Equal(["2011///"], Tags(CitationExports.Ris(CitationSamples.PublisherOnly with { Published = HistoricalDate.OfYear(2011) }))["DA"]);
        Assert.False(Tags(CitationExports.Ris(CitationSamples.Undated)).ContainsKey("DA"));
    }

    [Fact]
    public void RisNamesTheOrganisationAsAuthorWhenNoPersonIsNamed()
    {
        var tags = Tags(CitationExports.Ris(CitationSamples.PublisherOnly));

        Assert.Equal(["State Council"], tags["AU"]);
        Assert.Equal(["State Council"], tags["PB"]);
    }

    [Fact]
    public void CslJsonGivesABceYearAsANegativeHistoricalYear()
    {
        using var json = JsonDocument.Parse(CitationExports.CslJson(CitationSamples.Undated with { Published = HistoricalDate.OfYear(-356) }));

        var item = Assert.Single(json.RootElement.EnumerateArray());
        var issued = item.GetProperty("issued").GetProperty("date-parts")[0];

        // CSL reads -356 as "356BC"; ISO's astronomical -0355 would be 355 BC there.
        Assert.Equal(-356, Assert.Single(issued.EnumerateArray()).GetInt32());
    }

    [Fact]
    public void CslJsonCarriesTheRecordsFacts()
    {
        using var json = JsonDocument.Parse(CitationExports.CslJson(CitationSamples.PublisherOnly with { Note = "Source record: https://example.org/en/sources/x" }));

        var item = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal("planningoutline2014", item.GetProperty("id").GetString());
        Assert.Equal("report", item.GetProperty("type").GetString());
        Assert.Equal("Planning Outline for the Construction of a Social Credit System (2014-2020)", item.GetProperty("title").GetString());
        Assert.Equal("State Council", Assert.Single(item.GetProperty("author").EnumerateArray()).GetProperty("literal").GetString());
        Assert.Equal([2014, 6, 14], item.GetProperty("issued").GetProperty("date-parts")[0].EnumerateArray().Select(p => p.GetInt32()));
        Assert.Equal([2026, 11, 26], item.GetProperty("accessed").GetProperty("date-parts")[0].EnumerateArray().Select(p => p.GetInt32()));
        Assert.Equal("https://example.org/outline", item.GetProperty("URL").GetString());
        Assert.Equal("Source record: https://example.org/en/sources/x", item.GetProperty("note").GetString());
    }

    [Fact]
    public void CslJsonKeepsThaiAsCharacters()
    {
        var text = CitationExports.CslJson(CitationSamples.PublisherOnly with { Title = "แผนแม่บทส่งเสริมคุณธรรมแห่งชาติ" });

        Assert.Contains("\"title\": \"แผนแม่บทส่งเสริมคุณธรรมแห่งชาติ\"", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bib", CitationFileFormat.BibTex, "application/x-bibtex")]
    [InlineData("RIS", CitationFileFormat.Ris, "application/x-research-info-systems")]
    [InlineData("json", CitationFileFormat.CslJson, "application/vnd.citationstyles.csl+json")]
    public void FileExtensionsMapToFormatsAndMediaTypes(string extension, CitationFileFormat expected, string mediaType)
    {
        Assert.True(CitationFiles.TryFromExtension(extension, out var format));
        Assert.Equal(expected, format);
        Assert.Equal(mediaType, CitationFiles.MediaType(format));
        Assert.False(CitationFiles.TryFromExtension("txt", out _));
    }

    static Dictionary<string, List<string>> Tags(string ris)
    {
        var tags = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var line in ris.Split("\r\n", StringSplitOptions.RemoveEmptyEntries))
        {
            var match = RisLine().Match(line);
            if (!tags.TryGetValue(match.Groups["tag"].Value, out var values))
            {
                values = [];
                tags[match.Groups["tag"].Value] = values;
            }

            values.Add(match.Groups["value"].Value);
        }

        return tags;
    }

    // The RIS line: a two-character tag, two spaces, a hyphen, a space, then the value.
    [GeneratedRegex("^(?<tag>[A-Z][A-Z0-9])  - (?<value>.*)$")]
    private static partial Regex RisLine();
}
