using System.Text.RegularExpressions;

namespace SocialCreditExplainer.Search.Benchmarks.Corpus;

/// <summary>
/// A corpus many times the size of a real one, made by recombining the real documents'
/// sentences under new ids, so term statistics stay those of real Thai and English text.
/// </summary>
public static partial class SyntheticCorpus
{
    /// <summary>
    /// <paramref name="factor"/> documents for each document of <paramref name="seed"/>, each
    /// keeping its model's type, language, title and keywords, with a body of 2 to 8 sentences
    /// drawn from all documents of the same language. The same seed gives the same corpus.
    /// </summary>
    public static IReadOnlyList<SearchDocument> Scale(IReadOnlyList<SearchDocument> seed, int factor, int randomSeed = 20261126)
    {
        var random = new Random(randomSeed);
        var sentences = seed
            .GroupBy(d => d.Language)
            .ToDictionary(g => g.Key, g => g.SelectMany(d => Sentences(d.Body, d.Language)).ToArray());
        var result = new List<SearchDocument>(seed.Count * factor);
        for (var copy = 0; copy < factor; copy++)
        {
            foreach (var model in seed)
            {
                var pool = sentences[model.Language];
                var count = random.Next(2, 9);
                var body = string.Join(" ", Enumerable.Range(0, count).Select(_ => pool[random.Next(pool.Length)]));
                result.Add(model with
                {
                    Id = $"{model.Id}~{copy}",
                    Url = $"{model.Url}-{copy}",
                    Body = body,
                });
            }
        }

        return result;
    }

    static IEnumerable<string> Sentences(string body, SearchLanguage language) =>
        // Thai ends a sentence or clause with a space, not a full stop.
        (language == SearchLanguage.Thai ? body.Split(' ') : SentenceEnd().Split(body))
            .Select(s => s.Trim())
            .Where(s => s.Length > 0);

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex SentenceEnd();
}
