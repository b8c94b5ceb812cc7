using System.ComponentModel;
using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using SocialCreditExplainer.Content.Languages;
using SocialCreditExplainer.Content.Loading;
using SocialCreditExplainer.Search;
using SocialCreditExplainer.Web.Search;

namespace SocialCreditExplainer.Web.Api;

/// <summary>
/// The search endpoint of the JSON API (<c>/api/v1/</c>): the same engine and index as the search
/// page. Every value is taken as a string and checked here, so a bad one is a 400 that says what
/// was wrong rather than a binding failure; the text itself is never rejected for what it holds.
/// </summary>
public static class SearchApi
{
    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/search", Search)
            .WithName("Search")
            .WithTags("Search")
            .WithSummary("Full-text search across article sections, timeline events, glossary terms and sources, in Thai or English.")
            .WithDescription(
                "Thai is matched by words (a dictionary word segmenter), English is stemmed, and Chinese terms and pinyin "
                + "with or without tone marks find the glossary and the timeline. q is plain text, never query syntax. "
                + "Text typed in the other language than lang is also searched on that language's pages (otherLanguage). "
                + "Each hit's snippet is HTML: encoded text with the matched words in <mark>.")
            .Produces<SearchResponse>(StatusCodes.Status200OK, "application/json")
            .ProducesValidationProblem();
        return app;
    }

    internal static Results<Ok<SearchResponse>, ValidationProblem> Search(
        ISiteSearch search,
        [FromQuery(Name = "q"), Description("The text to search for, as typed. Required.")] string? q,
        [FromQuery(Name = "lang"), Description("The pages to search: th (default) or en.")] string? lang,
        [FromQuery(Name = "type"), Description("all (default), articles, timeline, glossary or sources.")] string? type,
        [FromQuery(Name = "limit"), Description("The most hits per language, 1 to 100; 20 by default.")] string? limit)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(q))
        {
            errors["q"] = ["q is required: the text to search for."];
        }

        var language = string.IsNullOrWhiteSpace(lang) ? SiteLanguage.Thai : SiteLanguage.FromCode(lang.Trim());
        if (language is null)
        {
            errors["lang"] = [$"Unknown lang '{Quote(lang)}'; use th or en."];
        }

        if (!SearchTypeFilter.TryParse(type, out var documentType))
        {
            errors["type"] = [$"Unknown type '{Quote(type)}'; use {string.Join(", ", SearchTypeFilter.Words)}."];
        }

        var count = SearchQuery.DefaultLimit;
        if (!string.IsNullOrWhiteSpace(limit)
            && (!int.TryParse(limit.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out count) || count is < 1 or > SearchQuery.MaxLimit))
        {
            errors["limit"] = [$"limit must be a whole number from 1 to {SearchQuery.MaxLimit}; got '{Quote(limit)}'."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(
                errors,
                detail: string.Join(" ", errors.Values.SelectMany(e => e)),
                title: "The search query has invalid values");
        }

        var results = search.Search(new SearchQuery(SearchInput.Clean(q), ContentSearchDocuments.ToSearchLanguage(language!))
        {
            Type = documentType,
            Limit = count,
        });
        return TypedResults.Ok(ToResponse(results, language!, documentType, count));
    }

    static SearchResponse ToResponse(SearchResults results, SiteLanguage language, SearchDocumentType? type, int limit) => new(
        results.SearchedText,
        language.Code,
        SearchTypeFilter.WordFor(type),
        limit,
        results.TotalHits,
        [.. results.Hits.Select(ToDto)],
        results.OtherLanguage.Count == 0
            ? null
            : new SearchOtherLanguageDto(language.Other.Code, results.OtherLanguageTotalHits, [.. results.OtherLanguage.Select(ToDto)]),
        [.. Enum.GetValues<SearchNotices>().Where(n => n != SearchNotices.None && results.Notices.HasFlag(n)).Select(KebabEnum.ToKebab)],
        results.Message);

    static SearchHitDto ToDto(SearchHit hit) => new(
        hit.DocumentId,
        KebabEnum.ToKebab(hit.Type),
        hit.Language == SearchLanguage.Thai ? SiteLanguage.Thai.Code : SiteLanguage.English.Code,
        hit.Title,
        hit.Url,
        hit.Snippet);

    // Echoes a bad value in the detail without echoing a 10 KB one.
    static string Quote(string? value) => SearchInput.Shorten(SearchInput.Clean(value).Trim(), 40);
}

/// <summary>The body of <c>GET /api/v1/search</c>.</summary>
/// <param name="SearchedText">The text actually searched: control characters removed, normalised, cut to 200 characters.</param>
/// <param name="Lang">The language of the pages searched: <c>th</c> or <c>en</c>.</param>
/// <param name="Type">The section searched: <c>all</c>, <c>articles</c>, <c>timeline</c>, <c>glossary</c> or <c>sources</c>.</param>
/// <param name="Limit">The most hits returned per language.</param>
/// <param name="TotalHits">How many places matched in <paramref name="Lang"/> (may exceed the hits returned).</param>
/// <param name="Hits">The best matches, best first.</param>
/// <param name="OtherLanguage">Matches on the other language's pages when the text was typed in that language; null otherwise.</param>
/// <param name="Notices">What happened to the text, in kebab case: <c>empty-query</c>, <c>truncated</c>, <c>too-many-terms</c>, <c>no-searchable-terms</c>, <c>partial-match</c>.</param>
/// <param name="Message">The same as a sentence in <paramref name="Lang"/> for the reader; null when there is nothing to say.</param>
public sealed record SearchResponse(
    string SearchedText,
    string Lang,
    string Type,
    int Limit,
    int TotalHits,
    IReadOnlyList<SearchHitDto> Hits,
    SearchOtherLanguageDto? OtherLanguage,
    IReadOnlyList<string> Notices,
    string? Message);

/// <summary>Matches on the other language's pages.</summary>
/// <param name="Lang">That language: <c>th</c> or <c>en</c>.</param>
/// <param name="TotalHits">How many places matched there.</param>
/// <param name="Hits">The best of them, best first.</param>
public sealed record SearchOtherLanguageDto(string Lang, int TotalHits, IReadOnlyList<SearchHitDto> Hits);

/// <summary>One matching place.</summary>
/// <param name="Id">Stable id of the place, e.g. <c>th:term:hukou</c>.</param>
/// <param name="Type"><c>article-section</c>, <c>timeline-event</c>, <c>glossary-term</c> or <c>source</c>.</param>
/// <param name="Lang">The language of the page it is on.</param>
/// <param name="Title">Plain text.</param>
/// <param name="Url">The exact place, root-relative, with its anchor (<c>/th/glossary#hukou</c>).</param>
/// <param name="Snippet">About 200 characters around the best match: HTML-encoded text with matches in <c>&lt;mark&gt;</c>, nothing else.</param>
public sealed record SearchHitDto(string Id, string Type, string Lang, string Title, string Url, string Snippet);
