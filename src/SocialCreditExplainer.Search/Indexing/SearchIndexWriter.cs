using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using SocialCreditExplainer.Search.Analysis;

namespace SocialCreditExplainer.Search.Indexing;

/// <summary>Writes documents into a new in-memory index, once; the index is never changed after.</summary>
internal static class SearchIndexWriter
{
    /// <summary>Indexes <paramref name="documents"/>; <paramref name="tokens"/> gets each one's body tokens, by position in the list.</summary>
    public static RAMDirectory Write(IReadOnlyList<IndexedDocument> documents, SearchAnalyzers analyzers, Similarity similarity, out DocumentTokens[] tokens)
    {
        tokens = new DocumentTokens[documents.Count];
        var recorder = new TokenRecorder();
        var directory = new RAMDirectory();
        try
        {
            var config = new IndexWriterConfig(SearchAnalyzers.Version, analyzers.PerField)
            {
                OpenMode = OpenMode.CREATE,
                Similarity = similarity,
                // The whole corpus fits in one buffer; a single flush means one segment to search.
                RAMBufferSizeMB = 256,
            };
            using (var writer = new IndexWriter(directory, config))
            {
                for (var ordinal = 0; ordinal < documents.Count; ordinal++)
                {
                    recorder.Begin();
                    try
                    {
                        writer.AddDocument(ToLucene(documents[ordinal], ordinal, analyzers));
                    }
                    finally
                    {
                        tokens[ordinal] = recorder.End();
                    }
                }

                writer.ForceMerge(1);
                writer.Commit();
            }

            return directory;
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    static Document ToLucene(IndexedDocument document, int ordinal, SearchAnalyzers analyzers)
    {
        var language = document.Language;
        var lucene = new Document
        {
            new StoredField(SearchFields.Ordinal, ordinal),
            new StringField(SearchFields.Language, SearchFields.LanguageCode(language), Field.Store.NO),
            new StringField(SearchFields.Type, SearchFields.TypeCode(document.Type), Field.Store.NO),
            new TextField(SearchFields.Title(language), document.Title, Field.Store.NO),
            new TextField(SearchFields.Body(language), document.Body, Field.Store.NO),
            new TextField(SearchFields.BodyFolded, document.Body, Field.Store.NO),
            new TextField(SearchFields.TitleThaiBigrams, document.Title, Field.Store.NO),
            new TextField(SearchFields.BodyThaiBigrams, document.Body, Field.Store.NO),
        };
        foreach (var keyword in document.Keywords)
        {
            lucene.Add(new TextField(SearchFields.Keywords, keyword, Field.Store.NO));
        }

        // Every document gets a token no query can produce (control characters are stripped
        // from queries), so that BM25 measures a keyword's rarity across all pages, not only
        // across the few that have keywords, where every shared Chinese bigram looks common.
        lucene.Add(new StringField(SearchFields.Keywords, SearchFields.KeywordsPresent, Field.Store.NO));

        // Only a glossary heading is the name of a thing; the titles of articles, events and
        // sources describe them ("Social Credit" as a source's title names that publication,
        // not what a reader typing "social credit" is looking for).
        if (document.Type == SearchDocumentType.GlossaryTerm)
        {
            var names = document.Keywords.Prepend(document.Title).Select(n => NameKey.For(analyzers, n)).OfType<string>();
            foreach (var name in names.Distinct(StringComparer.Ordinal))
            {
                lucene.Add(new StringField(SearchFields.ExactName, name, Field.Store.NO));
            }
        }

        return lucene;
    }
}
