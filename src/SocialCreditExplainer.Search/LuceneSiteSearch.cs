using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using SocialCreditExplainer.Search.Analysis;
using SocialCreditExplainer.Search.Highlighting;
using SocialCreditExplainer.Search.Indexing;
using SocialCreditExplainer.Search.Querying;

namespace SocialCreditExplainer.Search;

/// <summary>
/// Site search over an in-memory Lucene index, built once from a set of documents and never
/// changed. When content changes, build a new instance, swap the reference the site holds, then
/// dispose the old one: searches already running on it finish first, and none of them waits.
/// </summary>
/// <remarks>
/// Thai is read with ICU's dictionary word segmenter (<c>ThaiAnalyzer</c>), English with
/// Porter stemming, and exact terms (Chinese, pinyin, the other language's term) with CJK bigrams
/// and diacritic folding. Thai also gets a substring match for words the segmenter cuts in
/// unexpected places, used when whole words find too little. A query that is exactly a
/// glossary term's name ranks that term first. One <see cref="IndexSearcher"/> serves every thread.
/// </remarks>
public sealed class LuceneSiteSearch : ISiteSearch, IDisposable
{
    readonly SearchAnalyzers _analyzers;
    readonly RAMDirectory _directory;
    readonly DirectoryReader _reader;
    readonly IndexSearcher _searcher;
    readonly IndexedDocument[] _documentsByDocId;
    readonly DocumentTokens[] _tokensByDocId;
    readonly float[] _boostsByDocId;
    readonly Dictionary<(SearchLanguage, SearchDocumentType?), Filter> _filters = [];

    // Searches hold a lease; Dispose gives up the instance's own lease, and whoever releases the
    // last one frees the index. So disposing never blocks and never pulls the index out from
    // under a running search.
    int _leases = 1;
    int _disposed;

    /// <summary>
    /// Builds the index: a few hundred milliseconds for the site's content once the process is
    /// warm. The first build in a process also loads ICU's Thai data and compiles Lucene's code
    /// paths, which takes seconds; build it off the request path (bench/README.md has numbers).
    /// </summary>
    /// <param name="documents">Every document to search; ids must be unique.</param>
    /// <exception cref="ArgumentException">A document has no id, no URL, a duplicate id or an invalid boost.</exception>
    public LuceneSiteSearch(IEnumerable<SearchDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var indexed = documents.Select(IndexedDocument.From).ToList();
        var duplicate = indexed.GroupBy(d => d.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Search document id \"{duplicate.Key}\" is used {duplicate.Count()} times; ids must be unique.", nameof(documents));
        }

        var similarity = new CoordinatedBm25Similarity();
        _analyzers = new SearchAnalyzers();
        DocumentTokens[] tokensByOrdinal;
        try
        {
            _directory = SearchIndexWriter.Write(indexed, _analyzers, similarity, out tokensByOrdinal);
            _reader = DirectoryReader.Open(_directory);
            _searcher = new IndexSearcher(_reader) { Similarity = similarity };
        }
        catch
        {
            _reader?.Dispose();
            _directory?.Dispose();
            _analyzers.Dispose();
            throw;
        }

        // Doc ids are not promised to follow insertion order, so map them back by the stored ordinal.
        _documentsByDocId = new IndexedDocument[_reader.MaxDoc];
        _tokensByDocId = new DocumentTokens[_reader.MaxDoc];
        _boostsByDocId = new float[_reader.MaxDoc];
        var ordinalOnly = new HashSet<string> { SearchFields.Ordinal };
        for (var docId = 0; docId < _reader.MaxDoc; docId++)
        {
            var ordinal = _reader.Document(docId, ordinalOnly).GetField(SearchFields.Ordinal).GetInt32Value()!.Value;
            _documentsByDocId[docId] = indexed[ordinal];
            _tokensByDocId[docId] = tokensByOrdinal[ordinal];
            _boostsByDocId[docId] = indexed[ordinal].Boost;
        }

        foreach (var language in Enum.GetValues<SearchLanguage>())
        {
            _filters[(language, null)] = CreateFilter(language, null);
            foreach (var type in Enum.GetValues<SearchDocumentType>())
            {
                _filters[(language, type)] = CreateFilter(language, type);
            }
        }

        DocumentCount = indexed.Count;
    }

    /// <summary>How many documents the index holds.</summary>
    public int DocumentCount { get; }

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="query"/> is null.</exception>
    /// <exception cref="ObjectDisposedException">This instance was disposed before the search began.</exception>
    public SearchResults Search(SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        AcquireLease();
        try
        {
            return SearchCore(query);
        }
        finally
        {
            ReleaseLease();
        }
    }

    /// <summary>
    /// Frees the index once the searches already running have finished. Returns at once; new
    /// searches on this instance throw <see cref="ObjectDisposedException"/>.
    /// </summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            ReleaseLease();
        }
    }

    SearchResults SearchCore(SearchQuery query)
    {
        var prepared = QueryTextPreparer.Prepare(query.Text);
        if (prepared.Notices.HasFlag(SearchNotices.EmptyQuery))
        {
            return new SearchResults
            {
                Query = query,
                SearchedText = prepared.Text,
                Hits = [],
                TotalHits = 0,
                Notices = prepared.Notices,
                Message = SearchMessages.For(prepared.Notices, query.Language),
            };
        }

        var limit = query.EffectiveLimit;
        var primary = SearchIn(query.Language, prepared.Text, query.Type, limit);
        var notices = prepared.Notices | primary.Notices;

        // Text typed in the other language is offered where it belongs as well, e.g. "sesame
        // credit" typed on a Thai page. Chinese alone fits both languages, so it offers nothing.
        var other = LanguageResults.None;
        if (TypedLanguage.Detect(prepared.Text) is { } typed && typed != query.Language)
        {
            other = SearchIn(typed, prepared.Text, query.Type, limit);
        }

        return new SearchResults
        {
            Query = query,
            SearchedText = prepared.Text,
            Hits = primary.Hits,
            TotalHits = primary.TotalHits,
            OtherLanguage = other.Hits,
            OtherLanguageTotalHits = other.TotalHits,
            Notices = notices,
            Message = SearchMessages.For(notices, query.Language),
        };
    }

    LanguageResults SearchIn(SearchLanguage language, string text, SearchDocumentType? type, int limit)
    {
        var terms = QueryTerms.Analyze(_analyzers, language, text);
        var notices = terms.TooManyTerms ? SearchNotices.TooManyTerms : SearchNotices.None;
        if (terms.IsEmpty)
        {
            return new LanguageResults([], 0, notices | SearchNotices.NoSearchableTerms);
        }

        if (!_filters.TryGetValue((language, type), out var filter))
        {
            // A type value outside the enum (a bad cast from a query string) matches nothing.
            return new LanguageResults([], 0, notices);
        }

        // Whole words first; Thai substrings only when words found fewer hits than asked for
        // (a word the segmenter cuts differently in context). When no page has every word,
        // pages with at least half of them, and only then pages with any of them.
        var hasSubstrings = terms.ThaiRuns.Count > 0;
        var collector = Collect(QueryFactory.Build(terms, language, Strictness.AllTerms, withSubstrings: false), filter, limit);
        if (collector.TotalHits < limit && hasSubstrings)
        {
            collector = Collect(QueryFactory.Build(terms, language, Strictness.AllTerms, withSubstrings: true), filter, limit);
        }

        foreach (var relaxed in new[] { Strictness.HalfTheTerms, Strictness.AnyTerm })
        {
            if (collector.TotalHits > 0 || !terms.CanRelax)
            {
                break;
            }

            if (relaxed == Strictness.HalfTheTerms && terms.DistinctWords.Count < 4 && terms.DistinctFolded.Count < 4)
            {
                // Half of three or fewer terms is one term: the next step asks the same.
                continue;
            }

            collector = Collect(QueryFactory.Build(terms, language, relaxed, hasSubstrings), filter, limit);
            if (collector.TotalHits > 0)
            {
                notices |= SearchNotices.PartialMatch;
            }
        }

        var hits = collector.TopDocuments().Select(scored => ToHit(scored, terms, language)).ToList();
        return new LanguageResults(hits, collector.TotalHits, notices);
    }

    BoostedTopDocsCollector Collect(Query query, Filter filter, int limit)
    {
        var collector = new BoostedTopDocsCollector(limit, _boostsByDocId);
        _searcher.Search(query, filter, collector);
        return collector;
    }

    SearchHit ToHit(ScoredDocument scored, QueryTerms terms, SearchLanguage language)
    {
        var document = _documentsByDocId[scored.DocId];
        var snippet = SnippetBuilder.Build(document.Body, _tokensByDocId[scored.DocId], terms);
        return new SearchHit(document.Id, document.Type, document.Language, document.Title, document.Url, snippet, scored.Score);
    }

    static CachingWrapperFilter CreateFilter(SearchLanguage language, SearchDocumentType? type)
    {
        var query = new BooleanQuery
        {
            { new TermQuery(new Term(SearchFields.Language, SearchFields.LanguageCode(language))), Occur.MUST },
        };
        if (type is { } t)
        {
            query.Add(new TermQuery(new Term(SearchFields.Type, SearchFields.TypeCode(t))), Occur.MUST);
        }

        // The index never changes, so each filter's bit set is computed once and kept.
        return new CachingWrapperFilter(new QueryWrapperFilter(query));
    }

    void AcquireLease()
    {
        while (true)
        {
            // Refuse as soon as Dispose is called, not only when the last lease is gone: under
            // steady traffic the leases might otherwise never reach zero and the index never be freed.
            var leases = Volatile.Read(ref _leases);
            if (leases == 0 || Volatile.Read(ref _disposed) == 1)
            {
                throw new ObjectDisposedException(nameof(LuceneSiteSearch), "This search index was replaced and disposed; search the new one.");
            }

            if (Interlocked.CompareExchange(ref _leases, leases + 1, leases) == leases)
            {
                return;
            }
        }
    }

    void ReleaseLease()
    {
        if (Interlocked.Decrement(ref _leases) == 0)
        {
            _reader.Dispose();
            _directory.Dispose();
            _analyzers.Dispose();
        }
    }
}
