using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using SocialCreditExplainer.Content.Dates;

namespace SocialCreditExplainer.Content.Citing;

/// <summary>The machine-readable citation formats: BibTeX, RIS and CSL-JSON.</summary>
public static class CitationExports
{
    static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        // Keep Thai and Chinese readable in the file rather than \u escapes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string BibTex(CitationRecord r)
    {
        var type = r.Kind switch
        {
            CitedWorkKind.Article => "article",
            CitedWorkKind.Report => "techreport",
            _ => "misc",
        };
        var fields = new List<(string Name, string? Value)>
        {
            ("title", "{" + Escape(r.Title) + "}"),
            ("author", r.Authors.Count > 0 ? string.Join(" and ", r.Authors.Select(a => "{" + Escape(a) + "}")) : "{" + Escape(r.Publisher) + "}"),
            (r.Kind == CitedWorkKind.Report ? "institution" : "publisher", "{" + Escape(r.Publisher) + "}"),
            ("year", r.Published is null ? null : "{" + r.Published.Year.ToString(CultureInfo.InvariantCulture) + "}"),
            ("month", r.Published?.Month is { } m ? "{" + m.ToString(CultureInfo.InvariantCulture) + "}" : null),
            ("date", r.Published is null ? null : "{" + r.Published.ToIsoString() + "}"),
            ("url", r.Url is null ? null : "{" + r.Url + "}"),
            ("urldate", "{" + Iso(r.Accessed) + "}"),
            ("langid", "{" + r.Language + "}"),
        };
        var text = new StringBuilder().Append('@').Append(type).Append('{').Append(r.Key).Append(",\n");
        foreach (var (name, value) in fields.Where(f => f.Value is not null))
        {
            text.Append("  ").Append(name).Append(" = ").Append(value).Append(",\n");
        }

        return text.Append("}\n").ToString();
    }

    public static string Ris(CitationRecord r)
    {
        var text = new StringBuilder();
        void Tag(string tag, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                // RIS is line-based: a value must not carry its own line breaks.
                text.Append(tag).Append("  - ").Append(value.ReplaceLineEndings(" ")).Append("\r\n");
            }
        }

        Tag("TY", r.Kind switch
        {
            CitedWorkKind.Article => "NEWS",
            CitedWorkKind.Report => "RPRT",
            CitedWorkKind.Legislation => "STAT",
            CitedWorkKind.Encyclopedia => "ENCYC",
            CitedWorkKind.Hearing => "HEAR",
            _ => "ELEC",
        });
        Tag("TI", r.Title);
        foreach (var author in r.Authors)
        {
            Tag("AU", author);
        }

        Tag("PB", r.Publisher);
        Tag("T2", r.Container);
        Tag("PY", r.Published?.Year.ToString(CultureInfo.InvariantCulture));
        Tag("DA", r.Published is null ? null : RisDate(r.Published));
        Tag("UR", r.Url);
        Tag("Y2", Iso(r.Accessed).Replace('-', '/'));
        Tag("LA", r.Language);
        Tag("ID", r.Key);
        text.Append("ER  - \r\n");
        return text.ToString();
    }

    public static string CslJson(CitationRecord r)
    {
        var item = new JsonObject
        {
            ["id"] = r.Key,
            ["type"] = r.Kind switch
            {
                CitedWorkKind.Article => "article-newspaper",
                CitedWorkKind.Report => "report",
                CitedWorkKind.Legislation => "legislation",
                CitedWorkKind.Encyclopedia => "entry-encyclopedia",
                CitedWorkKind.Hearing => "hearing",
                _ => "webpage",
            },
            ["title"] = r.Title,
            ["publisher"] = r.Publisher,
            ["language"] = r.Language,
            ["accessed"] = DateParts(r.Accessed.Year, r.Accessed.Month, r.Accessed.Day),
        };
        if (r.Container is not null)
        {
            item["container-title"] = r.Container;
        }

        var authors = new JsonArray();
        foreach (var author in r.Authors)
        {
            authors.Add(new JsonObject { ["literal"] = author });
        }

        item["author"] = r.Authors.Count > 0 ? authors : new JsonArray(new JsonObject { ["literal"] = r.Publisher });
        if (r.Published is not null)
        {
            // CSL uses astronomical years for BCE, as ISO 8601 does.
            var year = r.Published.Year > 0 ? r.Published.Year : r.Published.Year + 1;
            item["issued"] = DateParts(year, r.Published.Month, r.Published.Day);
        }

        if (r.Url is not null)
        {
            item["URL"] = r.Url;
        }

        return new JsonArray(item).ToJsonString(JsonOptions);
    }

    static JsonObject DateParts(int year, int? month, int? day)
    {
        var parts = new JsonArray(year);
        if (month is not null)
        {
            parts.Add(month.Value);
            if (day is not null)
            {
                parts.Add(day.Value);
            }
        }

        return new JsonObject { ["date-parts"] = new JsonArray(parts) };
    }

    static string RisDate(HistoricalDate d) => d.Precision switch
    {
        DatePrecision.Day => FormattableString.Invariant($"{d.Year:0000}/{d.Month:00}/{d.Day:00}"),
        DatePrecision.Month => FormattableString.Invariant($"{d.Year:0000}/{d.Month:00}/"),
        _ => FormattableString.Invariant($"{d.Year:0000}///"),
    };

    static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // Braces and backslashes would break the BibTeX field; other specials are escaped for LaTeX.
    static string Escape(string text) =>
        text.Replace("\\", "\\textbackslash{}", StringComparison.Ordinal)
            .Replace("{", "\\{", StringComparison.Ordinal)
            .Replace("}", "\\}", StringComparison.Ordinal)
            .Replace("&", "\\&", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("$", "\\$", StringComparison.Ordinal)
            .Replace("#", "\\#", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal);
}
