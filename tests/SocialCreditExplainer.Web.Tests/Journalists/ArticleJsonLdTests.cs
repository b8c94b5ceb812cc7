using System.Text.Json;
using SocialCreditExplainer.Content;
using SocialCreditExplainer.Content.Dates;
using SocialCreditExplainer.Content.Languages;
using SocialCreditExplainer.Content.Markdown;
using SocialCreditExplainer.Content.Sources;
using SocialCreditExplainer.Web.Components.Shared;

namespace SocialCreditExplainer.Web.Tests.Journalists;

/// <summary>The JSON-LD text itself: content can never end the script element, and the JSON means the same.</summary>
public sealed class ArticleJsonLdTests
{
    static readonly Source Hostile = new()
    {
        Id = "hostile",
        Type = SourceType.Blog,
        Title = "</script><script>alert(1)</script><!-- ไทย",
        Publisher = "</SCRIPT >",
        Published = HistoricalDate.OfMonth(2018, 6),
        Accessed = new DateOnly(2026, 11, 26),
        Language = "th",
        Country = Country.Thailand,
        Excerpts = [],
        Location = new ContentLocation("sources/hostile.yaml", 1),
    };

    [Fact]
    public void ContentCannotCloseTheScriptElementAndStillReadsBackTheSame()
    {
        var article = MadeUpArticles.Make(SiteLanguage.Thai, new DateOnly(2026, 11, 26), "หัวเรื่อง </script><img src=x onerror=alert(1)>", [new CitedSource(1, "hostile", ["cite-1"])]);
        var snapshot = MadeUpArticles.Snapshot([article], [Hostile]);

        var script = ArticleJsonLd.Script(article, snapshot, "https://example.org");
        var inner = script["<script type=\"application/ld+json\">".Length..^"</script>".Length];

        Assert.DoesNotContain("</", inner, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<!--", inner, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(inner);
        Assert.Equal("หัวเรื่อง </script><img src=x onerror=alert(1)>", json.RootElement.GetProperty("headline").GetString());
        var citation = Assert.Single(json.RootElement.GetProperty("citation").EnumerateArray());
        Assert.Equal(Hostile.Title, citation.GetProperty("name").GetString());
        Assert.Equal("</SCRIPT >", citation.GetProperty("publisher").GetProperty("name").GetString());
        Assert.Equal("2018-06", citation.GetProperty("datePublished").GetString());
        Assert.False(citation.TryGetProperty("url", out _));
        // Thai stays readable characters rather than \u escapes.
        Assert.Contains("หัวเรื่อง", inner, StringComparison.Ordinal);
    }
}
