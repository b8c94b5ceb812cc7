using SocialCreditExplainer.Content.Languages;

namespace SocialCreditExplainer.Web.Feeds;

/// <summary>The feeds' own words in each language, typed like <see cref="Site.SiteText"/>.</summary>
public sealed record FeedText
{
    public required string FeedTitle { get; init; }

    public required string RssLinkTitle { get; init; }

    public required string AtomLinkTitle { get; init; }

    public static FeedText For(SiteLanguage language) => language == SiteLanguage.Thai ? Thai : English;

    public static readonly FeedText Thai = new()
    {
        FeedTitle = "เข้าใจเครดิตสังคม: บทความใหม่และบทความที่ปรับปรุง",
        RssLinkTitle = "บทความใหม่และบทความที่ปรับปรุง (RSS)",
        AtomLinkTitle = "บทความใหม่และบทความที่ปรับปรุง (Atom)",
    };

    public static readonly FeedText English = new()
    {
        FeedTitle = "Social Credit Explained: new and updated articles",
        RssLinkTitle = "New and updated articles (RSS)",
        AtomLinkTitle = "New and updated articles (Atom)",
    };
}
