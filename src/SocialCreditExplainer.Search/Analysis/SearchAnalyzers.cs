using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Th;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;
using SocialCreditExplainer.Search.Indexing;

namespace SocialCreditExplainer.Search.Analysis;

/// <summary>
/// One analyzer per field, shared by indexing and querying so that both sides always read text
/// the same way. Lucene analyzers keep per-thread state, so one instance serves every thread.
/// </summary>
internal sealed class SearchAnalyzers : IDisposable
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    public SearchAnalyzers()
    {
        // An empty stop set on purpose: Lucene's Thai stop list holds ความ, การ and ร่วม, which are
        // parts of compound words here (ความร่วมมือ would shrink to มือ, "hand"), not noise.
        Thai = new ThaiAnalyzer(Version, CharArraySet.Empty);
        English = new FoldingEnglishAnalyzer(Version);
        Folding = new FoldingAnalyzer(Version);
        FoldingBody = new FoldingAnalyzer(Version, onlyBeyondAsciiAndThai: true);
        ThaiBigrams = new ThaiBigramAnalyzer(Version);
        // Body fields record their tokens as they are indexed, for snippets (see TokenRecorder).
        PerField = new PerFieldAnalyzerWrapper(Folding, new Dictionary<string, Analyzer>
        {
            [SearchFields.Title(SearchLanguage.Thai)] = Thai,
            [SearchFields.Body(SearchLanguage.Thai)] = new RecordingAnalyzer(Thai),
            [SearchFields.Title(SearchLanguage.English)] = English,
            [SearchFields.Body(SearchLanguage.English)] = new RecordingAnalyzer(English),
            [SearchFields.Keywords] = Folding,
            [SearchFields.BodyFolded] = new RecordingAnalyzer(FoldingBody),
            [SearchFields.TitleThaiBigrams] = ThaiBigrams,
            [SearchFields.BodyThaiBigrams] = ThaiBigrams,
        });
    }

    /// <summary>Dictionary word segmentation (ICU) for Thai, with Latin words lower-cased.</summary>
    public Analyzer Thai { get; }

    /// <summary>English with possessives removed, diacritics folded, stop words dropped and Porter stemming.</summary>
    public Analyzer English { get; }

    /// <summary>Exact terms in any script; see <see cref="FoldingAnalyzer"/>. Queries use it for every folded field.</summary>
    public Analyzer Folding { get; }

    /// <summary>The folding analyzer for indexing running text: only tokens beyond ASCII and Thai.</summary>
    public Analyzer FoldingBody { get; }

    /// <summary>Thai character pairs; see <see cref="ThaiBigramTokenizer"/>.</summary>
    public Analyzer ThaiBigrams { get; }

    /// <summary>The analyzer the index writer uses: each field by its own analyzer.</summary>
    public Analyzer PerField { get; }

    /// <summary>The analyzer of a page language's title and body fields.</summary>
    public Analyzer ForLanguage(SearchLanguage language) => language == SearchLanguage.Thai ? Thai : English;

    public void Dispose()
    {
        PerField.Dispose();
        Thai.Dispose();
        English.Dispose();
        Folding.Dispose();
        FoldingBody.Dispose();
        ThaiBigrams.Dispose();
    }
}
