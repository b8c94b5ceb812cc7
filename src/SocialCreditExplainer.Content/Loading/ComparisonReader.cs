using System.Globalization;
using SocialCreditExplainer.Content.Comparison;

namespace SocialCreditExplainer.Content.Loading;

/// <summary>Reads <c>content/comparison/*.yaml</c>; a bad dimension is left out, the rest kept.</summary>
public static class ComparisonReader
{
    public static IReadOnlyList<ComparisonDimension> Read(YamlMap file)
    {
        var dimensions = new List<ComparisonDimension>();
        foreach (var entry in file.Maps("dimensions", required: true))
        {
            var mark = file.Log.Mark();
            entry.WarnUnknownFields("id", "order", "label", "china", "thailand");
            var id = entry.Text("id", required: true);
            var orderText = entry.Text("order", required: true);
            if (orderText is not null && !int.TryParse(orderText, NumberStyles.Integer, CultureInfo.InvariantCulture, out _))
            {
                entry.Log.Error(entry.Location, $"'order' is '{orderText}', not a whole number.");
            }

            var label = entry.Localized("label");
            var china = ReadCell(entry, "china", id);
            var thailand = ReadCell(entry, "thailand", id);
            if (file.Log.HasErrorsSince(mark))
            {
                continue;
            }

            dimensions.Add(new ComparisonDimension
            {
                Id = id!,
                Order = int.Parse(orderText!, CultureInfo.InvariantCulture),
                Label = label!,
                China = china!,
                Thailand = thailand!,
                Location = entry.Location,
            });
        }

        return dimensions;
    }

    static ComparisonCell? ReadCell(YamlMap entry, string key, string? id)
    {
        var cell = entry.Map(key, required: true);
        if (cell is null)
        {
            return null;
        }

        cell.WarnUnknownFields("status", "text", "sources");
        var status = cell.Enum<CellStatus>("status");
        var text = cell.Localized("text");
        var sources = cell.List("sources");
        if (sources.Count == 0)
        {
            cell.Log.Error(cell.Location, $"The {key} cell of '{id}' has no source.");
        }

        return status is null || text is null ? null : new ComparisonCell(status.Value, text, sources);
    }
}
