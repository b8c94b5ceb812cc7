using System.Globalization;
using System.Text.RegularExpressions;
using SocialCreditExplainer.Content.Articles.Provenance;

namespace SocialCreditExplainer.Content.Tests.Articles;

/// <summary>Claim excerpts are short and cut between words, also in Thai, which has no spaces.</summary>
public sealed class ClaimExcerptTests
{
    [Fact]
    public void AShortParagraphIsShownWhole() =>
        Assert.Equal("ระบบเครดิตสังคมของจีน", ClaimExcerpt.Of("ระบบเครดิตสังคมของจีน"));

    [Fact]
    public void LongThaiTextIsCutBetweenWords()
    {
        var text = string.Concat(Enumerable.Repeat("ประเทศไทย", 30));

        var excerpt = ClaimExcerpt.Of(text);

        Assert.EndsWith("…", excerpt, StringComparison.Ordinal);
        var kept = excerpt[..^1];
        Assert.InRange(kept.Length, ClaimExcerpt.MaxLength / 2, ClaimExcerpt.MaxLength);
        Assert.Matches(new Regex("^(?:ประเทศ|ไทย)+$"), kept);
    }

    [Fact]
    public void LongEnglishTextIsCutAtASpace()
    {
        var text = string.Join(' ', Enumerable.Repeat("provenance", 30));

        var kept = ClaimExcerpt.Of(text)[..^1];

        Assert.Matches(new Regex("^provenance(?: provenance)*$"), kept);
        Assert.True(kept.Length <= ClaimExcerpt.MaxLength);
    }

    [Fact]
    public void AWordLongerThanTheExcerptIsNeverCutInsideACharacterAndItsMarks()
    {
        // One unbroken token: the cut falls back to character boundaries, and "ที่" must stay whole.
        var text = "x" + string.Concat(Enumerable.Repeat("ที่", 100));

        var kept = ClaimExcerpt.Of(text, 40)[..^1];

        Assert.StartsWith(kept, text, StringComparison.Ordinal);
        Assert.Contains(kept.Length, StringInfo.ParseCombiningCharacters(text));
        Assert.True(kept.Length <= 40);
    }
}
