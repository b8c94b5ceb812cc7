namespace SocialCreditExplainer.Search.Querying;

/// <summary>What to tell a reader about their query, in the language of the page they are on.</summary>
internal static class SearchMessages
{
    public static string? For(SearchNotices notices, SearchLanguage language)
    {
        var thai = language == SearchLanguage.Thai;
        var sentences = new List<string>();
        if (notices.HasFlag(SearchNotices.EmptyQuery))
        {
            sentences.Add(thai ? "พิมพ์คำหรือข้อความที่ต้องการค้นหา" : "Type a word or phrase to search for.");
        }

        if (notices.HasFlag(SearchNotices.Truncated))
        {
            sentences.Add(thai
                ? $"คำค้นยาวเกินไป จึงค้นหาเฉพาะ {QueryLimits.MaxQueryLength} ตัวอักษรแรก"
                : $"Your search was too long, so only its first {QueryLimits.MaxQueryLength} characters were used.");
        }

        if (notices.HasFlag(SearchNotices.TooManyTerms))
        {
            sentences.Add(thai
                ? $"คำค้นมีหลายคำเกินไป จึงใช้เฉพาะ {QueryLimits.MaxTerms} คำแรก"
                : $"Your search had too many words, so only the first {QueryLimits.MaxTerms} were used.");
        }

        if (notices.HasFlag(SearchNotices.NoSearchableTerms))
        {
            sentences.Add(thai
                ? "ไม่พบคำที่ใช้ค้นหาได้ในข้อความนี้ ลองพิมพ์คำอื่น"
                : "There are no words to search for in that text. Try different words.");
        }

        if (notices.HasFlag(SearchNotices.PartialMatch))
        {
            sentences.Add(thai
                ? "ไม่พบหน้าที่มีครบทุกคำ จึงแสดงหน้าที่มีบางคำ"
                : "No page has all of your words, so pages with some of them are shown.");
        }

        return sentences.Count == 0 ? null : string.Join(" ", sentences);
    }
}
