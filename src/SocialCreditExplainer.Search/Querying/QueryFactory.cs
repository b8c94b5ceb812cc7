using Lucene.Net.Index;
using Lucene.Net.Search;
using SocialCreditExplainer.Search.Analysis;

namespace SocialCreditExplainer.Search.Querying;

/// <summary>
/// Builds the Lucene query from analyzed terms, never from query syntax. A document matches when
/// any one way of reading the text matches it (words, folded terms, Thai substrings, a glossary
/// term's name); the scores of the ways that match add up. A glossary term named exactly counts
/// most, then the start of such a name, then an exact phrase in the title.
/// </summary>
internal static class QueryFactory
{
    // Weights found by checking that the obvious answer comes first, in the test corpus and in
    // the real content (bench --show): the title says what a place is about, the keywords are
    // the exact names readers type, and a substring match is only a safety net for words the
    // segmenter cuts differently.
    const float TitleWord = 3f;
    const float BodyWord = 1f;
    const float TitlePhrase = 3f;
    const float BodyPhrase = 1.5f;
    const float Keyword = 3f;
    const float BodyFolded = 0.5f;
    const float TitleSubstring = 1.5f;
    const float BodySubstring = 0.5f;

    // A query that is a glossary term's whole name names what the reader wants; this outweighs
    // any amount of the same words in running text.
    const float ExactName = 10f;

    // A query that is the start of a glossary term's name, in whole words ("social credit" for
    // "Social Credit System", 社会信用 for 社会信用体系): a constant bonus, so among several such
    // terms the text decides.
    const float NamePrefix = 8f;

    // When a term matches both title and body, count the better match plus a little of the other.
    const float TieBreaker = 0.1f;

    /// <summary>
    /// The query for one page language. <paramref name="strictness"/> says how many terms a page
    /// must hold; phrases are scored only when all are required, since no page that lacks a word
    /// can hold the phrase. <paramref name="withSubstrings"/> adds the Thai substring match, the
    /// costliest clause on a large index (common character pairs have long postings), so it is
    /// asked for only when whole words found too little.
    /// </summary>
    public static Query Build(QueryTerms terms, SearchLanguage language, Strictness strictness, bool withSubstrings)
    {
        var requireAll = strictness == Strictness.AllTerms;
        var titleField = SearchFields.Title(language);
        var bodyField = SearchFields.Body(language);
        var query = new BooleanQuery(disableCoord: true);

        if (terms.ExactName is { } name)
        {
            query.Add(new TermQuery(new Term(SearchFields.ExactName, name)) { Boost = ExactName }, Occur.SHOULD);

            // Name keys are tokens joined by spaces, so the key plus a space is a whole-word prefix.
            var prefix = new PrefixQuery(new Term(SearchFields.ExactName, name + " ")) { MultiTermRewriteMethod = MultiTermQuery.CONSTANT_SCORE_FILTER_REWRITE };
            query.Add(new ConstantScoreQuery(prefix) { Boost = NamePrefix }, Occur.SHOULD);
        }

        if (terms.DistinctWords.Count > 0)
        {
            query.Add(AnyField(terms.DistinctWords, titleField, TitleWord, bodyField, BodyWord, strictness), Occur.SHOULD);
            if (requireAll && terms.Words.Count > 1)
            {
                // Slop 1 lets "sesame credit" match the title "Sesame (Zhima) Credit". In bodies an
                // exact phrase is enough (positions already skip stop words) and far cheaper.
                query.Add(Phrase(titleField, terms.Words, slop: 1, TitlePhrase), Occur.SHOULD);
                query.Add(Phrase(bodyField, terms.Words, slop: 0, BodyPhrase), Occur.SHOULD);
            }
        }

        if (terms.DistinctFolded.Count > 0)
        {
            query.Add(AnyField(terms.DistinctFolded, SearchFields.Keywords, Keyword, SearchFields.BodyFolded, BodyFolded, strictness), Occur.SHOULD);
        }

        if (withSubstrings && terms.ThaiRuns.Count > 0)
        {
            var substrings = new BooleanQuery(disableCoord: true);
            foreach (var run in terms.ThaiRuns)
            {
                var either = new DisjunctionMaxQuery(TieBreaker)
                {
                    Phrase(SearchFields.TitleThaiBigrams, run.Bigrams, slop: 0, TitleSubstring),
                    Phrase(SearchFields.BodyThaiBigrams, run.Bigrams, slop: 0, BodySubstring),
                };
                substrings.Add(either, requireAll ? Occur.MUST : Occur.SHOULD);
            }

            query.Add(substrings, Occur.SHOULD);
        }

        return query;
    }

    static BooleanQuery AnyField(IReadOnlyList<string> terms, string first, float firstBoost, string second, float secondBoost, Strictness strictness)
    {
        // When only some terms are required, a page holding more of them should rank higher:
        // coordination scales the score by the share matched (see CoordinatedBm25Similarity).
        var query = new BooleanQuery(disableCoord: strictness == Strictness.AllTerms);
        foreach (var term in terms)
        {
            var either = new DisjunctionMaxQuery(TieBreaker)
            {
                new TermQuery(new Term(first, term)) { Boost = firstBoost },
                new TermQuery(new Term(second, term)) { Boost = secondBoost },
            };
            query.Add(either, Occur.SHOULD);
        }

        query.MinimumNumberShouldMatch = strictness switch
        {
            Strictness.AllTerms => terms.Count,
            Strictness.HalfTheTerms => Math.Max(1, terms.Count / 2),
            _ => 1,
        };
        return query;
    }

    static PhraseQuery Phrase(string field, IReadOnlyList<AnalyzedToken> tokens, int slop, float boost)
    {
        var phrase = new PhraseQuery { Slop = slop, Boost = boost };
        var first = tokens[0].Position;
        foreach (var token in tokens)
        {
            phrase.Add(new Term(field, token.Term), token.Position - first);
        }

        return phrase;
    }
}
