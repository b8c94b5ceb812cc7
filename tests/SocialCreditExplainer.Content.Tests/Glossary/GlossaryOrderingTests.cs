using SocialCreditExplainer.Content.Glossary;
using SocialCreditExplainer.Content.Languages;

namespace SocialCreditExplainer.Content.Tests.Glossary;

/// <summary>Dictionary order and letter headings for the glossary, in Thai and in English.</summary>
public sealed class GlossaryOrderingTests
{
    [Fact]
    public void ThaiLeadingVowelIsSkippedForPrimaryOrder()
    {
        var sorted = ThaiNames(Terms("ธนาคาร", "เครดิต", "กฎหมาย"));

        Assert.Equal(["กฎหมาย", "เครดิต", "ธนาคาร"], sorted);
    }

    [Fact]
    public void ThaiTermsFollowThaiDictionaryOrder()
    {
        // As a Thai dictionary lists them: consonant first, leading vowels (เ แ โ ใ ไ) read after
        // their consonant, and within ก the words with a consonant next (กย…) before those with า.
        string[] dictionary =
        [
            "กฎหมาย", "กยศ. / สสส.", "การลงโทษร่วม", "ไก่", "ขวด", "คน", "เครดิตคุณธรรม", "ซางยาง",
            "ทหาร", "โทษ", "ไทย", "ธนาคารความดี", "ผล", "ผู้ถูกบังคับคดี", "แผนการปฏิรูปประเทศ", "แฟ้มประวัติบุคคล",
            "ระบบทะเบียนครัวเรือน", "ร่างกฎหมาย", "ศูนย์คุณธรรม", "ส่ง", "สวน", "สำนักนิตินิยม",
        ];

        var sorted = ThaiNames(Terms([.. dictionary.Reverse()]));

        Assert.Equal(dictionary, sorted);
    }

    [Fact]
    public void LatinTermsComeAfterThaiOnesInThaiOrder()
    {
        var sorted = ThaiNames(Terms("MOU", "ธนาคาร", "Big Rock", "กฎหมาย"));

        Assert.Equal(["กฎหมาย", "ธนาคาร", "Big Rock", "MOU"], sorted);
    }

    [Theory]
    [InlineData("เครดิตสังคม", "ค")]
    [InlineData("แฟ้มประวัติบุคคล", "ฟ")]
    [InlineData("โทษ", "ท")]
    [InlineData("ใจ", "จ")]
    [InlineData("ไก่", "ก")]
    [InlineData("ระบบทะเบียนครัวเรือน", "ร")]
    [InlineData("“ศูนย์คุณธรรม”", "ศ")]
    [InlineData("household registration", "H")]
    [InlineData("Über", "U")]
    [InlineData("\"Big Rock\" activities", "B")]
    [InlineData("ป.ย.ป. (PYP) committee", "ป")]
    [InlineData("户口", "户")]
    [InlineData("2014 ...", "#")]
    public void EachTermIsFiledUnderItsFirstLetter(string text, string letter) =>
        Assert.Equal(letter, GlossaryOrdering.LetterOf(text));

    [Fact]
    public void EnglishOrderIgnoresCaseAccentsAndPunctuation()
    {
        var terms = Terms("Social Credit System (SCS)", "blacklist", "\"Big Rock\" activities", "Über", "dàng'àn", "danger", "household registration", "Legalism");

        var sorted = GlossaryOrdering.Sort(terms, SiteLanguage.English).Select(t => t.Term.English);

        Assert.Equal(
            ["\"Big Rock\" activities", "blacklist", "dàng'àn", "danger", "household registration", "Legalism", "Social Credit System (SCS)", "Über"],
            sorted);
    }

    [Fact]
    public void ThaiGroupsHaveOneHeadingPerLetterInOrder()
    {
        var groups = GlossaryOrdering.Group(Terms("ธนาคาร", "เครดิต", "คน", "กฎหมาย", "ไก่", "Big Rock"), SiteLanguage.Thai);

        Assert.Equal(["ก", "ค", "ธ", "B"], groups.Select(g => g.Letter));
        Assert.Equal(["กฎหมาย", "ไก่"], groups[0].Terms.Select(t => t.Term.Thai));
        Assert.Equal(["คน", "เครดิต"], groups[1].Terms.Select(t => t.Term.Thai));
    }

    [Fact]
    public void EnglishGroupsUseCapitalLetters()
    {
        var groups = GlossaryOrdering.Group(Terms("blacklist", "Big Rock", "hukou", "Über", "ป.ย.ป. committee"), SiteLanguage.English);

        Assert.Equal(["B", "H", "U", "ป"], groups.Select(g => g.Letter));
        Assert.Equal(2, groups[0].Terms.Count);
    }

    [Fact]
    public void TermsWithTheSameNameKeepAStableOrderById()
    {
        var terms = new[] { Term("b-id", "คำ"), Term("a-id", "คำ") };

        Assert.Equal(["a-id", "b-id"], GlossaryOrdering.Sort(terms, SiteLanguage.Thai).Select(t => t.Id));
        Assert.Equal(["a-id", "b-id"], GlossaryOrdering.Sort(terms.Reverse(), SiteLanguage.Thai).Select(t => t.Id));
    }

    static IEnumerable<string> ThaiNames(IEnumerable<GlossaryTerm> terms) =>
        GlossaryOrdering.Sort(terms, SiteLanguage.Thai).Select(t => t.Term.Thai);

    /// <summary>Terms whose Thai and English names are both <paramref name="names"/>.</summary>
    static GlossaryTerm[] Terms(params string[] names) =>
        [.. names.Select((name, i) => Term("term-" + i, name))];

    static GlossaryTerm Term(string id, string name) => new()
    {
        Id = id,
        Term = new LocalizedText(name, name),
        Definition = new LocalizedText("นิยาม", "Definition"),
        Sources = ["source-a"],
        Location = new ContentLocation("glossary/glossary.yaml", 1),
    };
}
