using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using SocialCreditExplainer.Content.Languages;
using SocialCreditExplainer.Content.Timelines;
using SocialCreditExplainer.Content.Timelines.Export;
using SocialCreditExplainer.Web.Site;

namespace SocialCreditExplainer.Web.Api;

/// <summary>
/// The timeline endpoints of the JSON API (<c>/api/v1/</c>): filtered events in one language, one
/// event by id, and the whole timeline in both languages as JSON and CSV downloads. Query values
/// are taken as strings and parsed by <see cref="TimelineQueryParser"/>, so a bad one is a 400 that
/// says what was wrong rather than a binding failure.
/// </summary>
public static class TimelineApi
{
    /// <summary>The whole timeline as CSV (both languages), linked from the timeline page.</summary>
    public const string CsvDownloadPath = ApiRoutes.Prefix + "/timeline.csv";

    /// <summary>The whole timeline as JSON (both languages), linked from the timeline page.</summary>
    public const string JsonDownloadPath = ApiRoutes.Prefix + "/timeline.json";

    const string DownloadName = "social-credit-timeline";

    // Thai and Chinese as characters, not \u escapes six times their size; camelCase like the rest of the API.
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static IEndpointRouteBuilder MapTimelineApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/timeline", List)
            .WithName("ListTimelineEvents")
            .WithSummary("Timeline events of China and Thailand in date order, filtered by country, theme and period.")
            .WithDescription("country and theme may repeat or be comma-separated (country=china,thailand); from and to are inclusive CE years, negative for BCE, never 0; lang is th (default) or en.")
            .Produces<TimelineListRecord>(StatusCodes.Status200OK, "application/json")
            .ProducesValidationProblem();

        app.MapGet("/timeline/{id}", Get)
            .WithName("GetTimelineEvent")
            .WithSummary("One timeline event by its id (the permalink anchor on the timeline page).")
            .Produces<TimelineEventRecord>(StatusCodes.Status200OK, "application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        app.MapGet("/timeline.json", DownloadJson)
            .WithName("DownloadTimelineJson")
            .WithSummary("The whole timeline, both countries and both languages, as a JSON file.")
            .Produces<TimelineDownload>(StatusCodes.Status200OK, "application/json");

        app.MapGet("/timeline.csv", DownloadCsv)
            .WithName("DownloadTimelineCsv")
            .WithSummary("The whole timeline, both countries and both languages, as a CSV file (RFC 4180, UTF-8 with BOM).")
            .Produces<string>(StatusCodes.Status200OK, "text/csv");

        return app;
    }

    static Results<JsonHttpResult<TimelineListRecord>, ValidationProblem> List(
        ContentStore store,
        [FromQuery(Name = "country")] string[]? country,
        [FromQuery(Name = "theme")] string[]? theme,
        [FromQuery(Name = "from")] string? from,
        [FromQuery(Name = "to")] string? to,
        [FromQuery(Name = "lang")] string? lang)
    {
        var problems = new List<TimelineQueryProblem>();
        var language = ParseLanguage(lang, problems);
        var result = TimelineQueryParser.Parse(country, theme, from, to);
        problems.AddRange(result.Problems);
        if (result.Query is not { } query || language is null || problems.Count > 0)
        {
            return Invalid(problems);
        }

        var snapshot = store.Current;
        var events = TimelineService.Filter(snapshot.TimelineEvents, query);
        return TypedResults.Json(TimelineExport.ToList(events, snapshot.TimelineEvents.Count, snapshot, language), Json);
    }

    static Results<JsonHttpResult<TimelineEventRecord>, ValidationProblem, ProblemHttpResult> Get(
        ContentStore store,
        string id,
        [FromQuery(Name = "lang")] string? lang)
    {
        var problems = new List<TimelineQueryProblem>();
        if (ParseLanguage(lang, problems) is not { } language)
        {
            return Invalid(problems);
        }

        var snapshot = store.Current;
        if (snapshot.FindEvent(id) is not { } timelineEvent)
        {
            return TypedResults.Problem(
                detail: $"There is no timeline event with the id '{Shorten(id)}'. GET {ApiRoutes.Prefix}/timeline lists every event with its id.",
                statusCode: StatusCodes.Status404NotFound,
                title: "Timeline event not found");
        }

        return TypedResults.Json(TimelineExport.ToRecord(timelineEvent, snapshot, language), Json);
    }

    static IResult DownloadJson(ContentStore store, HttpContext http)
    {
        var download = TimelineExport.ToDownload(store.Current, BaseUrl(http.Request));
        var bytes = JsonSerializer.SerializeToUtf8Bytes(download, Json);
        return TypedResults.File(bytes, "application/json; charset=utf-8", DownloadName + ".json");
    }

    static IResult DownloadCsv(ContentStore store, HttpContext http)
    {
        var csv = TimelineCsv.Write(TimelineExport.ToDownload(store.Current, BaseUrl(http.Request)));

        // UTF-8 with a byte order mark: without it Excel reads the file as ANSI and mangles Thai.
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(csv)).ToArray();
        return TypedResults.File(bytes, "text/csv; charset=utf-8; header=present", DownloadName + ".csv");
    }

    static SiteLanguage? ParseLanguage(string? lang, List<TimelineQueryProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(lang))
        {
            return SiteLanguage.Thai;
        }

        if (SiteLanguage.FromCode(lang.Trim()) is { } language)
        {
            return language;
        }

        var value = Shorten(lang.Trim());
        problems.Add(new("lang", TimelineQueryProblemKind.UnknownLanguage, value, $"Unknown lang '{value}'; use th or en."));
        return null;
    }

    static ValidationProblem Invalid(IReadOnlyList<TimelineQueryProblem> problems) =>
        TypedResults.ValidationProblem(
            problems.GroupBy(p => p.Parameter).ToDictionary(g => g.Key, g => g.Select(p => p.Detail).ToArray()),
            detail: string.Join(" ", problems.Select(p => p.Detail)),
            title: "The timeline query has invalid values");

    static string BaseUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}";

    static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
