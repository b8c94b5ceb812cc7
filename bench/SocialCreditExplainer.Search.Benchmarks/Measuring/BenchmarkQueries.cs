namespace SocialCreditExplainer.Search.Benchmarks.Measuring;

/// <summary>
/// Queries a reader of each language might type: single terms, compounds, names, Chinese,
/// pinyin, operators, a pasted sentence, and words that match nothing (the slow path: the
/// search is tried again asking for any word).
/// </summary>
public static class BenchmarkQueries
{
    public static IReadOnlyList<string> Thai { get; } =
    [
        "เครดิตสังคม",
        "ระบบเครดิตสังคม",
        "ธนาคารความดี",
        "ศูนย์คุณธรรม",
        "บัญชีดำ",
        "ยุทธศาสตร์ชาติ",
        "กยศ",
        "ราชกิจจา",
        "หนองสาหร่าย",
        "คะแนนเครดิต",
        "ป.ย.ป.",
        "แรงจูงใจเชิงบวก",
        "บทลงโทษ ข้าราชการ",
        "ทะเบียนครัวเรือน",
        "社会信用",
        "户口",
        "hukou",
        "จีนมีคะแนนเครดิตสังคมระดับชาติหรือไม่",
        "ศูนย์คุณธรรมลงนามบันทึกข้อตกลงความร่วมมือกับสำนักงาน ป.ย.ป. เพื่อขับเคลื่อนระบบเครดิตสังคม",
        "ไม่มีคำนี้ในเอกสารใดเลย",
    ];

    public static IReadOnlyList<string> English { get; } =
    [
        "social credit",
        "sesame credit",
        "blacklisting",
        "court blacklist travel ban",
        "national score",
        "hukou",
        "dàng'àn",
        "planning outline 2014",
        "goodness bank",
        "Moral Promotion Center",
        "positive incentives",
        "Rongcheng",
        "scores",
        "社会信用体系",
        "Supreme People's Court judgment defaulters",
        "\"sesame credit\" AND loyalty",
        "is there one national social credit score for every Chinese citizen",
        "ธนาคารความดี",
        "xyzzy plugh",
        "zebra crossing points",
    ];
}
