using SocialCreditExplainer.Content;
using SocialCreditExplainer.Content.Loading;

namespace SocialCreditExplainer.Search.Tests.Content;

/// <summary>
/// A small content folder in the documented format (docs/content-authoring.md), written to a
/// temporary directory and loaded by the real <see cref="ContentLoader"/>.
/// </summary>
public sealed class ContentFolderFixture : IDisposable
{
    readonly string _root = Path.Combine(Path.GetTempPath(), "sce-search-content-" + Guid.NewGuid().ToString("N"));

    public ContentFolderFixture()
    {
        Write("sources/kapronasia-2017.yaml", """
            id: kapronasia-2017
            type: news
            title: "[Kapronasia article on China's still-unlicensed digital credit-rating platforms]"
            title_th: "[บทความ Kapronasia ว่าด้วยแพลตฟอร์มจัดอันดับเครดิตดิจิทัลของจีนที่ยังไม่ได้รับใบอนุญาต]"
            publisher: Kapronasia
            published: "2017-05-23"
            url: https://www.kapronasia.com/china-banking-research-category/item/872-after-nearly-two-years-china-s-digital-credit-rating-platforms-are-still-unlicensed.html
            accessed: "2026-11-26"
            language: en
            country: china
            excerpts:
              - quote: "The Sesame Credit system was launched on 28th Jan 2015."
                location: opening of the article
            """);
        Write("glossary/glossary.yaml", """
            terms:
              - id: social-credit-system
                th: "ระบบเครดิตสังคม / ระบบเครดิตทางสังคม"
                en: "Social Credit System (SCS)"
                zh: "社会信用体系"
                pinyin: "shèhuì xìnyòng tǐxì"
                suggested_th: false
                definition:
                  th: "นโยบายภาพรวมของจีนที่ใช้บันทึกและกำกับความน่าเชื่อถือของบริษัท บุคคล และเจ้าหน้าที่รัฐ"
                  en: "China's umbrella policy for recording and enforcing the trustworthiness of companies, individuals and officials."
                sources: [kapronasia-2017]
              - id: sesame-credit
                th: "เซซามีเครดิต"
                en: "Sesame (Zhima) Credit"
                zh: "芝麻信用"
                suggested_th: false
                definition:
                  th: "คะแนนเครดิตเชิงพาณิชย์ของ Ant Financial ไม่ใช่คะแนนของรัฐ"
                  en: "Ant Financial's commercial credit score; not a state score."
                sources: [kapronasia-2017]
            """);
        Write("timelines/china.yaml", """
            country: china
            events:
              - id: cn-sesame-credit-launch-2015
                date: "2015-01-28"
                title:
                  th: "เซซามีเครดิตเปิดตัว"
                  en: "Sesame Credit launches"
                summary:
                  th: "เซซามีเครดิตของ Ant Financial เปิดตัว เป็นคะแนนของเอกชน ไม่ใช่ของรัฐ"
                  en: "Ant Financial's Sesame Credit launches; it is a private score, not the state's."
                themes: [private-scores]
                sources: [kapronasia-2017]
            """);
        Write("timelines/thailand.yaml", """
            country: thailand
            events: []
            """);
        Write("articles/private-scores/index.en.md", """
            ---
            title: Private credit scores in China
            summary: How the 2015 private pilots differ from the state's lists.
            level: introductory
            updated: 2026-11-26
            order: 1
            tags: [china]
            ---

            Private firms ran their own pilots in 2015 [@kapronasia-2017].

            ## Sesame Credit {#sesame-credit}

            Sesame Credit launched on 28 January 2015 [@kapronasia-2017].
            """);
        Write("articles/private-scores/index.th.md", """
            ---
            title: คะแนนเครดิตของเอกชนในจีน
            summary: โครงการนำร่องของเอกชนเมื่อ พ.ศ. 2558 ต่างจากบัญชีรายชื่อของรัฐอย่างไร
            level: introductory
            updated: 2026-11-26
            order: 1
            tags: [china]
            ---

            บริษัทเอกชนทดลองระบบคะแนนของตนเองเมื่อ พ.ศ. 2558[@kapronasia-2017]

            ## เซซามีเครดิต {#sesame-credit}

            เซซามีเครดิตเปิดตัวเมื่อวันที่ 28 มกราคม 2558[@kapronasia-2017]
            """);

        Snapshot = new ContentLoader().Load(_root);
        Documents = ContentSearchDocuments.From(Snapshot);
    }

    public ContentSnapshot Snapshot { get; }

    public IReadOnlyList<SearchDocument> Documents { get; }

    public SearchDocument Document(string id) => Documents.Single(d => d.Id == id);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    void Write(string relativePath, string text)
    {
        var path = Path.Combine(_root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text + "\n");
    }
}
