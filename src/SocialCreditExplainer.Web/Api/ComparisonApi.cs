using Microsoft.AspNetCore.Http.HttpResults;
using SocialCreditExplainer.Content;
using SocialCreditExplainer.Content.Comparison;
using SocialCreditExplainer.Content.Languages;
using SocialCreditExplainer.Content.Loading;
using SocialCreditExplainer.Web.Site;

namespace SocialCreditExplainer.Web.Api;

/// <summary>The comparison endpoints of the JSON API (<c>/api/v1/</c>).</summary>
public static class ComparisonApi
{
    public static IEndpointRouteBuilder MapComparisonApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/comparison", GetComparison)
            .WithName("GetComparison")
            .WithTags("Comparison")
            .WithSummary("The Thailand–China comparison: every dimension with both countries' cells, their status and sources.")
            .WithDescription(
                "Dimensions in display order. Each cell has a status (known, not-known or unverified), "
                + "its text in Thai (th) and English (en), and the ids of its sources (see /api/v1/sources).")
            .Produces<ComparisonDocument>();
        return app;
    }

    internal static Ok<ComparisonDocument> GetComparison(ContentStore store)
    {
        var snapshot = store.Current;
        return TypedResults.Ok(new ComparisonDocument(snapshot.Version, [.. snapshot.Comparison.Select(ToDto)]));
    }

    static ComparisonDimensionDto ToDto(ComparisonDimension dimension) => new(
        dimension.Id,
        dimension.Order,
        ToDto(dimension.Label),
        ToDto(dimension.China),
        ToDto(dimension.Thailand),
        new ComparisonTextDto(
            SiteUrls.Compare(SiteLanguage.Thai) + "#" + dimension.Id,
            SiteUrls.Compare(SiteLanguage.English) + "#" + dimension.Id));

    static ComparisonCellDto ToDto(ComparisonCell cell) =>
        new(KebabEnum.ToKebab(cell.Status), ToDto(cell.Text), cell.Sources);

    static ComparisonTextDto ToDto(LocalizedText text) => new(text.Thai, text.English);
}

/// <summary>The body of <c>GET /api/v1/comparison</c>.</summary>
/// <param name="ContentVersion">The content snapshot the answer comes from.</param>
/// <param name="Dimensions">The rows of the comparison, in display order.</param>
public sealed record ComparisonDocument(string ContentVersion, IReadOnlyList<ComparisonDimensionDto> Dimensions);

/// <summary>One row of the comparison: a dimension and what each country does on it.</summary>
/// <param name="Id">Stable id, also the row's anchor on the compare page.</param>
/// <param name="Order">Position in the table, from 1.</param>
/// <param name="Label">The dimension's name.</param>
/// <param name="China">China's cell.</param>
/// <param name="Thailand">Thailand's cell.</param>
/// <param name="Urls">The row on the compare page, in each language.</param>
public sealed record ComparisonDimensionDto(
    string Id,
    int Order,
    ComparisonTextDto Label,
    ComparisonCellDto China,
    ComparisonCellDto Thailand,
    ComparisonTextDto Urls);

/// <summary>One country's cell.</summary>
/// <param name="Status"><c>known</c>, <c>not-known</c> or <c>unverified</c> (reported but not verified).</param>
/// <param name="Text">The cell's text.</param>
/// <param name="Sources">Ids of the sources behind the cell; never empty.</param>
public sealed record ComparisonCellDto(string Status, ComparisonTextDto Text, IReadOnlyList<string> Sources);

/// <summary>A text in Thai (<c>th</c>) and English (<c>en</c>).</summary>
public sealed record ComparisonTextDto(string Th, string En);
