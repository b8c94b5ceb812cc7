using System.Globalization;
using System.Text.RegularExpressions;
using SocialCreditExplainer.Content.Dates;
using SocialCreditExplainer.Content.Sources;

namespace SocialCreditExplainer.Content.Loading;

/// <summary>Reads one <c>content/sources/&lt;id&gt;.yaml</c> record.</summary>
public static partial class SourceReader
{
    static readonly string[] KnownFields =
    [
        "id", "type", "title", "title_en", "title_th", "authors", "publisher", "published", "published_note",
        "url", "url_note", "archive_url", "accessed", "language", "country", "excerpts", "reliability",
        "wikipedia", "parliament",
    ];

    /// <summary>The source, or null when a required field is missing or malformed (problems are logged).</summary>
    public static Source? Read(YamlMap map, string expectedId)
    {
        var mark = map.Log.Mark();
        map.WarnUnknownFields(KnownFields);

        var id = map.Text("id", required: true);
        if (id is not null && !KebabId().IsMatch(id))
        {
            map.Log.Error(map.Location, $"Source id '{id}' must be kebab-case (a-z, 0-9, '-').");
        }
        else if (id is not null && id != expectedId)
        {
            map.Log.Error(map.Location, $"Source id '{id}' must match its file name '{expectedId}.yaml'.");
        }

        var type = map.Enum<SourceType>("type");
        var title = map.Text("title", required: true);
        var publisher = map.Text("publisher", required: true);
        var url = map.Text("url");
        var urlNote = map.Text("url_note");
        if (url is null && urlNote is null)
        {
            map.Log.Error(map.Location, "A source needs a 'url', or a 'url_note' saying why it has none.");
        }

        CheckUrl(map, "url", url);
        var archiveUrl = map.Text("archive_url");
        CheckUrl(map, "archive_url", archiveUrl);

        var published = ReadPublished(map);
        var accessed = ReadAccessed(map);
        var language = map.Text("language", required: true);
        if (language is not null && !LanguageCode().IsMatch(language))
        {
            map.Log.Error(map.Location, $"'language' is '{language}'; use a two-letter ISO 639-1 code such as en, th or zh.");
        }

        var country = map.Enum<Country>("country");
        var excerpts = ReadExcerpts(map);

        if (map.Log.HasErrorsSince(mark))
        {
            return null;
        }

        return new Source
        {
            Id = id!,
            Type = type!.Value,
            Title = title!,
            TitleEnglish = map.Text("title_en"),
            TitleThai = map.Text("title_th"),
            Authors = map.List("authors"),
            Publisher = publisher!,
            Published = published,
            PublishedNote = map.Text("published_note"),
            Url = url,
            UrlNote = urlNote,
            ArchiveUrl = archiveUrl,
            Accessed = accessed!.Value,
            Language = language!,
            Country = country!.Value,
            Excerpts = excerpts,
            Reliability = map.Text("reliability"),
            Wikipedia = ReadWikipedia(map),
            Parliament = ReadParliament(map),
            Location = map.Location,
        };
    }

    static HistoricalDate? ReadPublished(YamlMap map)
    {
        var text = map.Text("published");
        if (text is null)
        {
            return null;
        }

        if (HistoricalDate.TryParse(text, out var date) && date!.Precision != DatePrecision.Decade)
        {
            return date;
        }

        map.Log.Error(map.Location, $"'published' is '{text}'; write YYYY, YYYY-MM or YYYY-MM-DD.");
        return null;
    }

    static DateOnly? ReadAccessed(YamlMap map)
    {
        var text = map.Text("accessed", required: true);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        map.Log.Error(map.Location, $"'accessed' is '{text}'; write YYYY-MM-DD.");
        return null;
    }

    static List<SourceExcerpt> ReadExcerpts(YamlMap map)
    {
        var excerpts = new List<SourceExcerpt>();
        foreach (var entry in map.Maps("excerpts", required: true))
        {
            var quote = entry.Text("quote", required: true);
            var location = entry.Text("location", required: true);
            if (quote is not null && location is not null)
            {
                excerpts.Add(new SourceExcerpt(quote, location));
            }
        }

        if (excerpts.Count == 0 && map.Has("excerpts"))
        {
            map.Log.Error(map.Location, "A source needs at least one excerpt with a quote and its location.");
        }

        return excerpts;
    }

    static WikipediaReference? ReadWikipedia(YamlMap map)
    {
        // The article title may be unknown (a mirror that does not name it); the record still says it is Wikipedia.
        var wikipedia = map.Map("wikipedia");
        return wikipedia is null ? null : new WikipediaReference(wikipedia.Text("article"), wikipedia.Text("revision"));
    }

    static ParliamentaryReference? ReadParliament(YamlMap map)
    {
        var parliament = map.Map("parliament");
        return parliament is null
            ? null
            : new ParliamentaryReference(
                parliament.Text("chamber"),
                parliament.Text("sitting"),
                parliament.Text("date"),
                parliament.Text("speaker"),
                parliament.Text("agenda_item"),
                parliament.Text("unknown"));
    }

    static void CheckUrl(YamlMap map, string key, string? url)
    {
        if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            map.Log.Error(map.Location, $"'{key}' is not an http(s) URL: '{url}'.");
        }
    }

    [GeneratedRegex("^[a-z]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex LanguageCode();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex KebabId();
}
