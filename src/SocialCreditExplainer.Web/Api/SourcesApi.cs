using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using SocialCreditExplainer.Web.Api.Sources;
using SocialCreditExplainer.Web.Citing;
using SocialCreditExplainer.Web.Site;

namespace SocialCreditExplainer.Web.Api;

/// <summary>The sources endpoints of the JSON API (<c>/api/v1/sources</c>).</summary>
public static class SourcesApi
{
    public static IEndpointRouteBuilder MapSourcesApi(this IEndpointRouteBuilder app)
    {
        var sources = app.MapGroup("/sources").WithTags("Sources");

        sources.MapGet("/", ListSources)
            .WithName("ListSources")
            .WithSummary("Lists the source catalogue")
            .WithDescription("Every source, ordered by id, optionally filtered by country, the source's language and its type. An unknown filter value is a 400 that names the allowed values.")
            .Produces<SourceListDto>()
            .ProducesValidationProblem();

        sources.MapGet("/{id}", GetSource)
            .WithName("GetSource")
            .WithSummary("Gets one source with everything that cites it")
            .WithDescription("The full bibliographic record, excerpts, notes, and every article paragraph, timeline event, glossary term and comparison row citing it, in Thai and English.")
            .Produces<SourceDetailDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        return app;
    }

    static Results<Ok<SourceListDto>, ValidationProblem> ListSources(
        ContentStore store,
        [FromQuery, Description("china, thailand or international")] string? country = null,
        [FromQuery, Description("ISO 639-1 code of the source's language, e.g. th, en, zh")] string? language = null,
        [FromQuery, Description("encyclopedia, government-document, law, parliamentary-record, news, opinion, academic, think-tank or blog")] string? type = null)
    {
        var snapshot = store.Current;
        var filter = SourceFilter.Parse(country, language, type, SourceFilter.LanguagesIn(snapshot), out var errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(
                errors,
                detail: string.Join(" ", errors.Values.SelectMany(e => e)),
                title: "Unknown filter value");
        }

        var list = filter.Apply(snapshot.Sources).Select(SourceSummaryDto.From).ToList();
        return TypedResults.Ok(new SourceListDto(list.Count, list));
    }

    static Results<Ok<SourceDetailDto>, ProblemHttpResult> GetSource(string id, ContentStore store)
    {
        var snapshot = store.Current;
        return snapshot.FindSource(id) is { } source
            ? TypedResults.Ok(SourceDetailDto.From(source, snapshot.Citations))
            : TypedResults.Problem(
                title: "Source not found",
                detail: $"There is no source with the id '{id}'. GET {ApiRoutes.Prefix}/sources lists every id.",
                statusCode: StatusCodes.Status404NotFound);
    }
}
