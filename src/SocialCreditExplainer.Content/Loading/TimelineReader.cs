using SocialCreditExplainer.Content.Dates;
using SocialCreditExplainer.Content.Timelines;

namespace SocialCreditExplainer.Content.Loading;

/// <summary>Reads a <c>content/timelines/&lt;country&gt;.yaml</c> file; a bad event is left out, the rest kept.</summary>
public static class TimelineReader
{
    static readonly string[] KnownFields =
        ["id", "date", "title", "summary", "themes", "sources", "articles", "uncertain"];

    public static IReadOnlyList<TimelineEvent> Read(YamlMap file)
    {
        var country = file.Enum<Country>("country");
        var events = new List<TimelineEvent>();
        foreach (var entry in file.Maps("events", required: true))
        {
            var mark = file.Log.Mark();
            var timelineEvent = ReadEvent(entry, country ?? Country.International);
            if (timelineEvent is not null && !file.Log.HasErrorsSince(mark) && country is not null)
            {
                events.Add(timelineEvent);
            }
        }

        return events;
    }

    static TimelineEvent? ReadEvent(YamlMap entry, Country country)
    {
        entry.WarnUnknownFields(KnownFields);
        var id = entry.Text("id", required: true);
        var date = ReadDate(entry, entry.Text("date", required: true));
        var title = entry.Localized("title");
        var summary = entry.Localized("summary");
        var themes = ReadThemes(entry);
        var sources = entry.List("sources");
        if (sources.Count == 0)
        {
            entry.Log.Error(entry.Location, $"Event '{id}' has no source; every event cites at least one.");
        }

        var uncertain = ReadUncertainty(entry);
        if (id is null || date is null || title is null || summary is null)
        {
            return null;
        }

        return new TimelineEvent
        {
            Id = id,
            Country = country,
            Date = date,
            Title = title,
            Summary = summary,
            Themes = themes,
            Sources = sources,
            Articles = entry.List("articles"),
            Uncertain = uncertain,
            Location = entry.Location,
        };
    }

    static DateSpan? ReadDate(YamlMap entry, string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (DateSpan.TryParse(text, out var span))
        {
            return span;
        }

        entry.Log.Error(entry.Location, $"'{text}' is not a date; write YYYY-MM-DD, YYYY-MM, YYYY, YYYYs, 'c. YYYY' or A..B (negative years are BCE).");
        return null;
    }

    static List<TimelineTheme> ReadThemes(YamlMap entry)
    {
        var themes = new List<TimelineTheme>();
        foreach (var name in entry.List("themes", required: true))
        {
            if (KebabEnum.TryParse<TimelineTheme>(name, out var theme))
            {
                themes.Add(theme);
            }
            else
            {
                entry.Log.Error(entry.Location, $"Theme '{name}' is not one of: {string.Join(", ", KebabEnum.Names<TimelineTheme>())}.");
            }
        }

        return themes;
    }

    static Uncertainty? ReadUncertainty(YamlMap entry)
    {
        var uncertain = entry.Map("uncertain");
        if (uncertain is null)
        {
            return null;
        }

        var note = uncertain.Localized("note");
        var alternatives = new List<AlternativeDate>();
        foreach (var alternative in uncertain.Maps("alternatives"))
        {
            var date = ReadDate(alternative, alternative.Text("date", required: true));
            var source = alternative.Text("source", required: true);
            if (date is not null && source is not null)
            {
                alternatives.Add(new AlternativeDate(date, source));
            }
        }

        return note is null ? null : new Uncertainty(note, alternatives);
    }
}
