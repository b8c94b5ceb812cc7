namespace SocialCreditExplainer.Search.Analysis;

/// <summary>
/// The index's field names. Each text is indexed several ways, each way with its own analyzer,
/// because no single analyzer reads Thai words, English stems, Chinese and pinyin all well.
/// </summary>
internal static class SearchFields
{
    /// <summary>Position of the document in the list it was built from (stored, to map hits back).</summary>
    public const string Ordinal = "ord";

    /// <summary>Language code, untokenised, for filtering.</summary>
    public const string Language = "lang";

    /// <summary>Document type, untokenised, for filtering.</summary>
    public const string Type = "type";

    /// <summary>
    /// Keywords, folded (case, width, diacritics), Chinese in bigrams. Not the title: the title's
    /// words are already in the language's title field, and counting them twice would let any
    /// title match outweigh everything in the body.
    /// </summary>
    public const string Keywords = "kw";

    /// <summary>A token in <see cref="Keywords"/> of every document; see the index writer for why.</summary>
    public const string KeywordsPresent = "\u0001";

    /// <summary>
    /// A glossary term's whole title and each whole keyword as one untokenised key (see
    /// <see cref="NameKey"/>): a query that is exactly a term's name finds it here and ranks it first.
    /// </summary>
    public const string ExactName = "name";

    /// <summary>Body folded like <see cref="Keywords"/>: finds Chinese and pinyin inside running text.</summary>
    public const string BodyFolded = "body_fold";

    /// <summary>Thai letters of the title as overlapping character pairs: a substring match for Thai.</summary>
    public const string TitleThaiBigrams = "title_th2";

    /// <summary>Thai letters of the body as overlapping character pairs.</summary>
    public const string BodyThaiBigrams = "body_th2";

    /// <summary>Title read with the page language's own analyzer.</summary>
    public static string Title(SearchLanguage language) => language == SearchLanguage.Thai ? "title_th" : "title_en";

    /// <summary>Body read with the page language's own analyzer.</summary>
    public static string Body(SearchLanguage language) => language == SearchLanguage.Thai ? "body_th" : "body_en";

    /// <summary>The value stored in <see cref="Language"/>.</summary>
    public static string LanguageCode(SearchLanguage language) => language == SearchLanguage.Thai ? "th" : "en";

    /// <summary>The value stored in <see cref="Type"/>.</summary>
    public static string TypeCode(SearchDocumentType type) => type switch
    {
        SearchDocumentType.ArticleSection => "article",
        SearchDocumentType.TimelineEvent => "event",
        SearchDocumentType.GlossaryTerm => "term",
        SearchDocumentType.Source => "source",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown document type."),
    };
}
