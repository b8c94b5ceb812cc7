namespace SocialCreditExplainer.Search.Querying;

/// <summary>The reader's text after cleaning and cutting, with what had to be done to it.</summary>
internal sealed record PreparedQuery(string Text, SearchNotices Notices);
