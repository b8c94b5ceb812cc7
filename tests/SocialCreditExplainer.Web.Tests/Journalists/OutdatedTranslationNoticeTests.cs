using Bunit;
using SocialCreditExplainer.Content.Languages;
using SocialCreditExplainer.Web.Components.Articles;

namespace SocialCreditExplainer.Web.Tests.Journalists;

/// <summary>The "this version may be out of date" notice, in the reader's language and calendar.</summary>
public sealed class OutdatedTranslationNoticeTests : BunitContext
{
    static readonly DateOnly October1 = new(2018, 10, 1);
    static readonly DateOnly October13 = new(2018, 10, 13);

    [Fact]
    public void AnEnglishReaderIsToldTheThaiVersionIsNewerWithCommonEraDates()
    {
        var english = MadeUpArticles.Make(SiteLanguage.English, October1);
        var thai = MadeUpArticles.Make(SiteLanguage.Thai, October13);

        var cut = Render<OutdatedTranslationNotice>(ps => ps
            .Add(p => p.Article, english)
            .Add(p => p.Snapshot, MadeUpArticles.Snapshot([english, thai])));

        Assert.Equal(
            "This version may be out of date. The Thai version was updated on 13 October 2018, after this one (last updated 1 October 2018), so this page may not reflect those changes yet.",
            Normalize(cut.Find("aside.translation-notice p").TextContent));
        Assert.Equal(["2018-10-13", "2018-10-01"], cut.FindAll("time").Select(t => t.GetAttribute("datetime")));
        var link = cut.Find("aside.translation-notice a");
        Assert.Equal("/th/articles/what-is-social-credit", link.GetAttribute("href"));
        Assert.Equal("th", link.GetAttribute("hreflang"));
        Assert.Equal("Read the Thai version", link.TextContent);
    }

    [Fact]
    public void AThaiReaderIsToldInThaiWithBuddhistEraDates()
    {
        var english = MadeUpArticles.Make(SiteLanguage.English, October13);
        var thai = MadeUpArticles.Make(SiteLanguage.Thai, October1);

        var cut = Render<OutdatedTranslationNotice>(ps => ps
            .Add(p => p.Article, thai)
            .Add(p => p.Snapshot, MadeUpArticles.Snapshot([english, thai])));

        Assert.Equal(
            "ฉบับนี้อาจไม่เป็นปัจจุบัน ฉบับภาษาอังกฤษมีการปรับปรุงเมื่อวันที่ 13 ตุลาคม 2561 ซึ่งใหม่กว่าฉบับที่คุณกำลังอ่าน (ปรับปรุงล่าสุดเมื่อวันที่ 1 ตุลาคม 2561) เนื้อหาในหน้านี้จึงอาจยังไม่ได้ปรับตาม",
            Normalize(cut.Find("aside.translation-notice p").TextContent));
        Assert.Equal("อ่านฉบับภาษาอังกฤษ", cut.Find("aside.translation-notice a").TextContent);
    }

    [Fact]
    public void NothingIsShownWhenBothVersionsWereUpdatedTheSameDay()
    {
        var english = MadeUpArticles.Make(SiteLanguage.English, October13);
        var thai = MadeUpArticles.Make(SiteLanguage.Thai, October13);

        var cut = Render<OutdatedTranslationNotice>(ps => ps
            .Add(p => p.Article, english)
            .Add(p => p.Snapshot, MadeUpArticles.Snapshot([english, thai])));

        Assert.Empty(cut.Markup.Trim());
    }

    [Fact]
    public void TheNewerVersionHasNoNotice()
    {
        var english = MadeUpArticles.Make(SiteLanguage.English, October1);
        var thai = MadeUpArticles.Make(SiteLanguage.Thai, October13);

        var cut = Render<OutdatedTranslationNotice>(ps => ps
            .Add(p => p.Article, thai)
            .Add(p => p.Snapshot, MadeUpArticles.Snapshot([english, thai])));

        Assert.Empty(cut.Markup.Trim());
    }

    static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
