namespace SocialCreditExplainer.Search.Tests.Fixtures;

/// <summary>
/// A small corpus shaped like the site's real content: article sections, timeline events,
/// glossary terms and sources in Thai and English, every fact taken from the project's fact base.
/// The benchmark links this file too, until the real content is plugged in.
/// </summary>
public static class SampleCorpus
{
    /// <summary>The documents, English first, then Thai.</summary>
    public static IReadOnlyList<SearchDocument> Documents { get; } =
    [
        // English
        new(
            "en:article:what-is-social-credit#no-single-score",
            SearchDocumentType.ArticleSection,
            SearchLanguage.English,
            "Is there one national social credit score?",
            "No. A common belief is that every Chinese citizen carries a single social credit score. "
            + "The Wikipedia article on the Social Credit System says plainly: \"There is no universal social credit score or system.\" "
            + "Trivium China adds that the central government \"has not issued a single social credit score to anyone.\" "
            + "What exists is a patchwork: court lists of defaulters, records kept on companies, and point scores "
            + "in a few cities and counties such as Rongcheng and Suining.",
            "/en/articles/what-is-social-credit#no-single-score"),
        new(
            "en:article:china-social-credit-system#court-blacklists",
            SearchDocumentType.ArticleSection,
            SearchLanguage.English,
            "Court blacklists and travel bans",
            "Lists, not numbers, are the main tool. In July 2013 the Supreme People's Court issued provisions on a list of "
            + "judgment defaulters (失信被执行人名单): people able to comply with a court judgment who do not. "
            + "From 1 May 2018 people on such a list could be kept off trains and flights. Jeremy Daum of China Law Translate "
            + "stressed that the no-fly list is aimed at people who have broken specific laws or failed to perform legal "
            + "obligations, not at people with low scores. By the end of 2018, a Supreme People's Court white paper reported "
            + "by Shanghai Daily said defaulters had been restrained from buying about 17.5 million plane tickets and "
            + "5.47 million high-speed train tickets. Being put on the blacklist is a legal consequence, not a score.",
            "/en/articles/china-social-credit-system#court-blacklists")
        {
            Keywords = ["失信被执行人", "老赖", "laolai"],
        },
        new(
            "en:article:china-social-credit-system#private-scores",
            SearchDocumentType.ArticleSection,
            SearchLanguage.English,
            "Private scores and the 2015 pilots",
            "On 5 January 2015 the People's Bank of China allowed eight companies to prepare personal credit scoring services. "
            + "Ant Financial's Sesame Credit launched on 28 January 2015. These were commercial scores: Kapronasia reported in 2017 "
            + "that the platforms were still unlicensed, and Wikipedia notes that the pilot projects remained as corporate "
            + "loyalty programs. Sesame Credit is often mistaken for a government score; it is not one.",
            "/en/articles/china-social-credit-system#private-scores"),
        new(
            "en:term:sesame-credit",
            SearchDocumentType.GlossaryTerm,
            SearchLanguage.English,
            "Sesame (Zhima) Credit",
            "Ant Financial's commercial credit score, launched in January 2015 as one of eight private pilots. "
            + "It is not a state social credit score.",
            "/en/glossary#sesame-credit")
        {
            Keywords = ["芝麻信用", "เซซามีเครดิต"],
        },
        new(
            "en:term:hukou",
            SearchDocumentType.GlossaryTerm,
            SearchLanguage.English,
            "Household registration",
            "Residence registration tied to a place and to the entitlements that go with it. Household registration "
            + "existed in China before the 1958 regulations, so it should not be described as invented in 1958.",
            "/en/glossary#hukou")
        {
            Keywords = ["户口", "hùkǒu", "ระบบทะเบียนครัวเรือน"],
        },
        new(
            "en:term:dangan",
            SearchDocumentType.GlossaryTerm,
            SearchLanguage.English,
            "Personnel dossier",
            "A state-held file on a person's education, work and political record. Wikipedia describes the dàng'àn as a "
            + "permanent dossier that records the \"performance and attitudes\" of citizens of the People's Republic of China.",
            "/en/glossary#dangan")
        {
            Keywords = ["档案", "dàng'àn", "แฟ้มประวัติบุคคล"],
        },
        new(
            "en:term:social-credit-system",
            SearchDocumentType.GlossaryTerm,
            SearchLanguage.English,
            "Social Credit System (SCS)",
            "China's umbrella policy for recording and enforcing the \"trustworthiness\" of firms, people and officials. "
            + "In Thailand the term is borrowed for incentive schemes.",
            "/en/glossary#social-credit-system")
        {
            Keywords = ["社会信用体系", "shèhuì xìnyòng tǐxì", "ระบบเครดิตสังคม"],
        },
        new(
            "en:term:goodness-bank",
            SearchDocumentType.GlossaryTerm,
            SearchLanguage.English,
            "Goodness bank",
            "A community scheme that records good deeds. The Moral Promotion Center names the goodness bank of "
            + "Nong Sarai subdistrict as the model for its social credit work.",
            "/en/glossary#goodness-bank")
        {
            Keywords = ["ธนาคารความดี"],
        },
        new(
            "en:event:cn-2014-planning-outline",
            SearchDocumentType.TimelineEvent,
            SearchLanguage.English,
            "State Council issues the Planning Outline for the Construction of a Social Credit System (2014–2020)",
            "The planning outline, Guofa [2014] No. 21, is dated 14 June 2014 and was released on 27 June 2014. "
            + "It focuses on credit in four areas: administrative affairs, commercial activities, social behaviour "
            + "and the judicial system.",
            "/en/timeline#cn-2014-planning-outline")
        {
            Keywords = ["社会信用体系建设规划纲要"],
        },
        new(
            "en:event:th-2023-01-25-mou",
            SearchDocumentType.TimelineEvent,
            SearchLanguage.English,
            "The Moral Promotion Center and the Office of ป.ย.ป. sign an MOU",
            "On 25 January 2023 the Moral Promotion Center and the Strategic Transformation Office (the Office of ป.ย.ป.) "
            + "signed a memorandum of understanding to develop a framework for using a social credit system in Thailand. "
            + "Reports described it as creating positive motivation.",
            "/en/timeline#th-2023-01-25-mou"),
        new(
            "en:article:thailand-social-credit#positive-incentives",
            SearchDocumentType.ArticleSection,
            SearchLanguage.English,
            "Positive incentives, not penalties",
            "Thai officials describe their scheme as voluntary and based on positive incentives. A study in the PIM journal "
            + "observes that in Thailand the system is used through moral promotion to solve social problems \"but there are "
            + "no penalties.\" The penalties sometimes quoted online, such as withholding public services or promotion, come "
            + "from a newspaper column, not from an official document.",
            "/en/articles/thailand-social-credit#positive-incentives"),
        new(
            "en:source:kapronasia-2017",
            SearchDocumentType.Source,
            SearchLanguage.English,
            "After nearly two years, China's digital credit rating platforms are still unlicensed",
            "Kapronasia, 23 May 2017. \"On Jan 5th 2015, the Chinese government authorized 8 companies to prepare their own "
            + "personal credit scoring platforms.\" Also: \"The Sesame Credit system was launched on 28th Jan 2015.\"",
            "/en/sources/kapronasia-2017"),

        // Thai
        new(
            "th:article:thailand-social-credit#mou-2566",
            SearchDocumentType.ArticleSection,
            SearchLanguage.Thai,
            "ศูนย์คุณธรรมจับมือสำนักงาน ป.ย.ป.",
            "เมื่อวันที่ 25 มกราคม 2566 ศูนย์คุณธรรมลงนามบันทึกข้อตกลงความร่วมมือกับสำนักงาน ป.ย.ป. เพื่อขับเคลื่อนระบบเครดิตสังคม "
            + "โดยมุ่งพัฒนากรอบแนวคิดการใช้ระบบเครดิตสังคม (Social Credit) ในประเทศไทย "
            + "สื่อที่รายงานข่าวนี้อธิบายว่าเป็นการสร้างแรงจูงใจเชิงบวก (Positive Motivation)",
            "/th/articles/thailand-social-credit#mou-2566"),
        new(
            "th:article:thailand-social-credit#goodness-bank-model",
            SearchDocumentType.ArticleSection,
            SearchLanguage.Thai,
            "ต้นแบบจากชุมชน",
            "ในการหารือกับกองทุนเงินให้กู้ยืมเพื่อการศึกษา (กยศ.) เมื่อวันที่ 16 พฤษภาคม 2566 ศูนย์คุณธรรมระบุว่าแนวทางนี้"
            + "มีต้นแบบมาจากธนาคารความดีตำบลหนองสาหร่าย ซึ่งเป็นโครงการของชุมชนที่บันทึกการทำความดีของสมาชิก",
            "/th/articles/thailand-social-credit#goodness-bank-model"),
        new(
            "th:term:goodness-bank",
            SearchDocumentType.GlossaryTerm,
            SearchLanguage.Thai,
            "ธนาคารความดี",
            "โครงการระดับชุมชนที่บันทึกการทำความดีของสมาชิก ศูนย์คุณธรรมระบุว่าธนาคารความดีตำบลหนองสาหร่าย"
            + "เป็นต้นแบบของงานด้านเครดิตทางสังคม",
            "/th/glossary#goodness-bank")
        {
            Keywords = ["goodness bank"],
        },
        new(
            "th:term:social-credit-system",
            SearchDocumentType.GlossaryTerm,
            SearchLanguage.Thai,
            "ระบบเครดิตสังคม",
            "นโยบายภาพรวมของจีนสำหรับบันทึกและบังคับใช้ \"ความน่าเชื่อถือ\" ของบริษัท บุคคล และเจ้าหน้าที่รัฐ "
            + "ในประเทศไทยมีการยืมคำนี้มาใช้เรียกโครงการที่เน้นแรงจูงใจ บางแหล่งใช้คำว่าระบบเครดิตทางสังคม",
            "/th/glossary#social-credit-system")
        {
            Keywords = ["社会信用体系", "shèhuì xìnyòng tǐxì", "Social Credit System"],
        },
        new(
            "th:term:hukou",
            SearchDocumentType.GlossaryTerm,
            SearchLanguage.Thai,
            "ระบบทะเบียนครัวเรือน",
            "การจดทะเบียนถิ่นที่อยู่ของจีนซึ่งผูกกับพื้นที่และสิทธิที่ได้รับ ระบบนี้มีมาก่อนระเบียบปี 2501 (ค.ศ. 1958) "
            + "จึงไม่ควรเขียนว่าจีนเพิ่งคิดขึ้นในปีนั้น",
            "/th/glossary#hukou")
        {
            Keywords = ["户口", "hùkǒu", "household registration"],
        },
        new(
            "th:term:blacklist",
            SearchDocumentType.GlossaryTerm,
            SearchLanguage.Thai,
            "บัญชีดำ",
            "รายชื่อสาธารณะของบุคคลหรือนิติบุคคลที่ไม่ปฏิบัติตามพันธะทางกฎหมายที่กำหนดไว้ "
            + "บัญชีดำเป็นเครื่องมือหลักของระบบเครดิตสังคมจีน มากกว่าการให้คะแนน",
            "/th/glossary#blacklist")
        {
            Keywords = ["黑名单", "blacklist"],
        },
        new(
            "th:term:dangan",
            SearchDocumentType.GlossaryTerm,
            SearchLanguage.Thai,
            "แฟ้มประวัติบุคคล",
            "แฟ้มที่รัฐจีนเก็บไว้เกี่ยวกับการศึกษา การทำงาน และประวัติทางการเมืองของแต่ละคน",
            "/th/glossary#dangan")
        {
            Keywords = ["档案", "dàng'àn", "personnel dossier"],
        },
        new(
            "th:event:th-2023-05-16-slf",
            SearchDocumentType.TimelineEvent,
            SearchLanguage.Thai,
            "ศูนย์คุณธรรมและ ป.ย.ป. หารือกับ กยศ.",
            "วันที่ 16 พฤษภาคม 2566 ศูนย์คุณธรรมและสำนักงาน ป.ย.ป. หารือแนวทางขับเคลื่อนระบบเครดิตทางสังคม"
            + "กับกองทุนเงินให้กู้ยืมเพื่อการศึกษา (กยศ.) โดยมีต้นแบบมาจากธนาคารความดีตำบลหนองสาหร่าย",
            "/th/timeline#th-2023-05-16-slf"),
        new(
            "th:event:th-2018-10-13-national-strategy",
            SearchDocumentType.TimelineEvent,
            SearchLanguage.Thai,
            "ประกาศยุทธศาสตร์ชาติ พ.ศ. 2561–2580 ในราชกิจจานุเบกษา",
            "วันที่ 13 ตุลาคม 2561 เว็บไซต์ราชกิจจานุเบกษาเผยแพร่ประกาศเรื่องยุทธศาสตร์ชาติ "
            + "แผนระยะยาว 20 ปีที่มีผลผูกพันตามกฎหมาย",
            "/th/timeline#th-2018-10-13-national-strategy"),
        new(
            "th:article:what-is-social-credit#no-single-score",
            SearchDocumentType.ArticleSection,
            SearchLanguage.Thai,
            "จีนมีคะแนนเครดิตสังคมระดับชาติหรือไม่",
            "ไม่มี หลายคนเข้าใจว่าพลเมืองจีนทุกคนมีคะแนนเครดิตสังคมคนละหนึ่งคะแนน แต่บทความวิกิพีเดียเรื่องระบบเครดิตสังคม"
            + "ระบุว่าไม่มีคะแนนหรือระบบกลางที่ใช้กับทุกคน สิ่งที่มีอยู่จริงคือบัญชีรายชื่อของศาล ข้อมูลเกี่ยวกับบริษัท "
            + "และระบบให้คะแนนในบางเมืองและบางอำเภอ เช่น หรงเฉิง ส่วนเซซามีเครดิต (芝麻信用) เป็นคะแนนของบริษัทเอกชน "
            + "ไม่ใช่คะแนนของรัฐ",
            "/th/articles/what-is-social-credit#no-single-score"),
        new(
            "th:source:matichon-column",
            SearchDocumentType.Source,
            SearchLanguage.Thai,
            "ระบบเครดิตทางสังคม ใช้กับข้าราชการก่อนดีไหม?",
            "คอลัมน์ในมติชน ไม่ปรากฏวันที่เผยแพร่ ข้อความที่ยกมา: \"มีข่าวแว่วๆ มาว่ารัฐบาลชุดนี้กำลังสนใจการใช้ระบบเครดิตทางสังคม\" "
            + "คอลัมน์ยกตัวอย่างบทลงโทษ เช่น \"การงดหรือละเว้นการให้สิทธิใช้บริการสาธารณะหรือไม่ได้รับการพิจารณาเลื่อนตำแหน่ง\"",
            "/th/sources/matichon-column"),
    ];
}
