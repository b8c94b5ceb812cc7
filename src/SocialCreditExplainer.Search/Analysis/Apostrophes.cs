using Lucene.Net.Analysis.CharFilters;

namespace SocialCreditExplainer.Search.Analysis;

/// <summary>
/// Removes apostrophes of every kind before tokenising. Pinyin writes a syllable break as an
/// apostrophe that readers leave out or type as a curly quote (dang'an, dàng’àn, dangan), and
/// English possessives then reach the stemmer as plain plurals ("China's" → chinas → china).
/// </summary>
internal static class Apostrophes
{
    static readonly NormalizeCharMap Map = Build();

    public static TextReader Remove(TextReader reader) => new MappingCharFilter(Map, reader);

    static NormalizeCharMap Build()
    {
        var builder = new NormalizeCharMap.Builder();
        foreach (var apostrophe in new[] { "'", "\u2019", "\u2018", "\u02BC", "\u02BB", "\uFF07" })
        {
            builder.Add(apostrophe, string.Empty);
        }

        return builder.Build();
    }
}
