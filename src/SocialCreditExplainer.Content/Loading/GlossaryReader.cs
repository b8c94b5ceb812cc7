using SocialCreditExplainer.Content.Glossary;

namespace SocialCreditExplainer.Content.Loading;

/// <summary>Reads <c>content/glossary/glossary.yaml</c>; a bad term is left out, the rest kept.</summary>
public static class GlossaryReader
{
    static readonly string[] KnownFields =
        ["id", "th", "en", "zh", "pinyin", "suggested_th", "definition", "sources"];

    public static IReadOnlyList<GlossaryTerm> Read(YamlMap file)
    {
        var terms = new List<GlossaryTerm>();
        foreach (var entry in file.Maps("terms", required: true))
        {
            var mark = file.Log.Mark();
            entry.WarnUnknownFields(KnownFields);
            var id = entry.Text("id", required: true);
            var thai = entry.Text("th", required: true);
            var english = entry.Text("en", required: true);
            var definition = entry.Localized("definition");
            var sources = entry.List("sources");
            if (sources.Count == 0)
            {
                entry.Log.Error(entry.Location, $"Glossary term '{id}' has no source.");
            }

            if (file.Log.HasErrorsSince(mark))
            {
                continue;
            }

            terms.Add(new GlossaryTerm
            {
                Id = id!,
                Term = new(thai!, english!),
                Chinese = entry.Text("zh"),
                Pinyin = entry.Text("pinyin"),
                SuggestedThai = string.Equals(entry.Text("suggested_th"), "true", StringComparison.OrdinalIgnoreCase),
                Definition = definition!,
                Sources = sources,
                Location = entry.Location,
            });
        }

        return terms;
    }
}
