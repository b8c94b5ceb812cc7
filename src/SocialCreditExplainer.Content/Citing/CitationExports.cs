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

    /// <summary>One BibTeX entry, readable by BibTeX and biblatex (UTF-8).</summary>
    public static string BibTex(CitationRecord r)
    {
        var type = r.Kind switch
        {
            CitedWorkKind.Article => "article",
            CitedWorkKind.Report => "techreport",
            _ => "misc",
        };

        // Names are split on " and " by BibTeX; an organisation in double braces stays one name.
        var authors = r.Authors.Count > 0
            ? string.Join(" and ", r.Authors.Select(BibName))
            : "{" + Escape(r.Publisher) + "}";
        var fields = new List<(string Name, string? Value)>
        {
            // Double braces keep the title's capitals (and its Thai) exactly as written.
            ("title", "{" + Escape(r.Title) + "}"),
            ("titleaddon", r.TranslatedTitle is null ? null : "[" + Escape(r.TranslatedTitle) + "]"),
            ("author", authors),
            (r.Kind switch { CitedWorkKind.Report => "institution", CitedWorkKind.Article => "journal", _ => "publisher" }, Escape(r.Container ?? r.Publisher)),
            ("year", r.Published is null ? null : BibYear(r.Published)),
            ("month", r.Published is { IsBce: false, Month: { } m } ? m.ToString(CultureInfo.InvariantCulture) : null),
            ("date", r.Published?.ToIsoString()),
            ("url", r.Url is null ? null : BibUrl(r.Url)),
            ("urldate", Iso(r.Accessed)),
            ("langid", LangId(r.Language)),
            ("note", r.Note is null ? null : Escape(r.Note)),
        };
        var text = new StringBuilder().Append('@').Append(type).Append('{').Append(r.Key).Append(",\n");
        foreach (var (name, value) in fields.Where(f => f.Value is not null))
        {
            text.Append("  ").Append(name).Append(" = {").Append(value).Append("},\n");
        }

        return text.Append("}\n").ToString();
    }

    /// <summary>One RIS record: <c>TAG  - value</c> lines ending in CRLF, from <c>TY</c> to <c>ER</c>.</summary>
    public static string Ris(CitationRecord r)
    {
        var text = new StringBuilder();
        void Tag(string tag, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                // RIS is line-based: a value must not carry its own line breaks.
                text.Append(tag).Append("  - ").Append(value.ReplaceLineEndings(" ").Trim()).Append("\r\n");
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
        Tag("TT", r.TranslatedTitle);

        // An organisation with no named person is the author, as in the other formats.
        foreach (var author in r.Authors.Count > 0 ? r.Authors : [r.Publisher])
        {
            Tag("AU", author);
        }

        Tag("PB", r.Publisher);
        Tag("T2", r.Container);

        // RIS years are four CE digits; a BCE date has no RIS form, so only BibTeX and CSL-JSON carry it.
        if (r.Published is { IsBce: false } published)
        {
            Tag("PY", published.Year.ToString("0000", CultureInfo.InvariantCulture));
            Tag("DA", RisDate(published));
        }

        Tag("UR", r.Url);
        Tag("Y2", Iso(r.Accessed).Replace('-', '/'));
        Tag("LA", r.Language);
        Tag("N1", r.Note);
        Tag("ID", r.Key);
        text.Append("ER  - \r\n");
        return text.ToString();
    }

    /// <summary>A CSL-JSON array holding one item, as Zotero, Pandoc and citeproc read it.</summary>
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
        foreach (var author in r.Authors.Count > 0 ? r.Authors : [r.Publisher])
        {
            authors.Add(new JsonObject { ["literal"] = author });
        }

        item["author"] = authors;
        if (r.Published is not null)
        {
            // CSL counts BCE years as negative historical years with no year 0 (the spec's
            // example: -2500 renders as 2500BC), unlike ISO 8601's astronomical numbering.
            item["issued"] = DateParts(r.Published.Year, r.Published.Month, r.Published.Day);
        }

        if (r.Url is not null)
        {
            item["URL"] = r.Url;
        }

        if (r.Note is not null)
        {
            item["note"] = r.Note;
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

    // RIS dates are YYYY/MM/DD/other with empty slots kept: 2014/06/14/, 2007/03//, 2011///.
    static string RisDate(HistoricalDate d) => d.Precision switch
    {
        DatePrecision.Day => FormattableString.Invariant($"{d.Year:0000}/{d.Month:00}/{d.Day:00}/"),
        DatePrecision.Month => FormattableString.Invariant($"{d.Year:0000}/{d.Month:00}//"),
        _ => FormattableString.Invariant($"{d.Year:0000}///"),
    };

    static string BibYear(HistoricalDate d) =>
        d.IsBce ? (-d.Year).ToString(CultureInfo.InvariantCulture) + " BCE" : d.Year.ToString(CultureInfo.InvariantCulture);

    // "Rogier Creemers" is left for BibTeX to split; a name with a comma or " and " is kept whole.
    static string BibName(string name) =>
        name.Contains(',', StringComparison.Ordinal) || name.Contains(" and ", StringComparison.OrdinalIgnoreCase)
            ? "{" + Escape(name) + "}"
            : Escape(name);

    // A URL field is read verbatim, but an unbalanced brace would still end the field early.
    static string BibUrl(string url) =>
        url.Replace("{", "%7B", StringComparison.Ordinal).Replace("}", "%7D", StringComparison.Ordinal).Replace("\\", "%5C", StringComparison.Ordinal);

    // biblatex wants a language name for langid, not a code.
    static string? LangId(string code) => code switch
    {
        "en" => "english",
        "th" => "thai",
        "zh" => "chinese",
        "id" => "indonesian",
        _ => null,
    };

    static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // One pass, so the braces of an escape just written are not escaped again.
    static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '\\' => "\\textbackslash{}",
                '{' or '}' or '&' or '%' or '$' or '#' or '_' => "\\" + c,
                '~' => "\\textasciitilde{}",
                '^' => "\\textasciicircum{}",
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }
}
