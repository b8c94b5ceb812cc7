using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using SocialCreditExplainer.Content;
using SocialCreditExplainer.Content.Glossary;
using SocialCreditExplainer.Content.Languages;
using SocialCreditExplainer.Web.Site;

namespace SocialCreditExplainer.Web.Api;

/// <summary>The glossary endpoints of the JSON API (<c>/api/v1/</c>).</summary>
public static class GlossaryApi
{
    public static IEndpointRouteBuilder MapGlossaryApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/glossary", GetGlossary)
            .WithName("GetGlossary")
            .WithTags("Glossary")
            .WithSummary("Every glossary term in Thai, English and (where it applies) Chinese with pinyin, with its definition and sources.")
            .WithDescription(
                "Without lang, terms are in id order. With lang=th they are in Thai dictionary order "
                + "(leading vowels เ แ โ ใ ไ skipped, as a Thai dictionary files them), with lang=en in English order.")
            .Produces<GlossaryDocument>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return app;
    }

    internal static Results<Ok<GlossaryDocument>, ProblemHttpResult> GetGlossary(
        ContentStore store,
        [FromQuery(Name = "lang"), Description("th or en: sort by that language's alphabetical order. Left out: id order.")] string? lang = null)
    {
        SiteLanguage? language = null;
        if (!string.IsNullOrEmpty(lang))
        {
            language = SiteLanguage.FromCode(lang);
            if (language is null)
            {
                return TypedResults.Problem(
                    title: "Unknown language",
                    detail: $"lang must be 'th' or 'en' (or left out for id order); got '{lang}'.",
                    statusCode: StatusCodes.Status400BadRequest);
            }
        }

        var snapshot = store.Current;
        var terms = language is null
            ? snapshot.Glossary.OrderBy(t => t.Id, StringComparer.Ordinal).ToList()
            : GlossaryOrdering.Sort(snapshot.Glossary, language);
        return TypedResults.Ok(new GlossaryDocument(snapshot.Version, language?.Code ?? "id", [.. terms.Select(ToDto)]));
    }

    static GlossaryTermDto ToDto(GlossaryTerm term) => new(
        term.Id,
        new GlossaryTextDto(term.Term.Thai, term.Term.English),
        term.Chinese,
        term.Pinyin,
        term.SuggestedThai,
        new GlossaryTextDto(term.Definition.Thai, term.Definition.English),
        term.Sources,
        new GlossaryTextDto(SiteUrls.GlossaryTerm(SiteLanguage.Thai, term.Id), SiteUrls.GlossaryTerm(SiteLanguage.English, term.Id)));
}

/// <summary>The body of <c>GET /api/v1/glossary</c>.</summary>
/// <param name="ContentVersion">The content snapshot the answer comes from.</param>
/// <param name="Order"><c>th</c> or <c>en</c> (that language's alphabetical order), or <c>id</c>.</param>
/// <param name="Terms">The terms, in that order.</param>
public sealed record GlossaryDocument(string ContentVersion, string Order, IReadOnlyList<GlossaryTermDto> Terms);

/// <summary>One glossary term.</summary>
/// <param name="Id">Stable id, used by <c>glossary:</c> links and as the term's anchor on the glossary page.</param>
/// <param name="Term">The term in Thai and English.</param>
/// <param name="Chinese">The Chinese term (simplified characters), where it applies.</param>
/// <param name="Pinyin">Its pinyin with tone marks.</param>
/// <param name="SuggestedThai">True when the Thai rendering is the site's own, as no standard Thai term was found.</param>
/// <param name="Definition">A neutral definition.</param>
/// <param name="Sources">Ids of the sources behind the definition; never empty.</param>
/// <param name="Urls">The term on the glossary page, in each language.</param>
public sealed record GlossaryTermDto(
    string Id,
    GlossaryTextDto Term,
    string? Chinese,
    string? Pinyin,
    bool SuggestedThai,
    GlossaryTextDto Definition,
    IReadOnlyList<string> Sources,
    GlossaryTextDto Urls);

/// <summary>A text in Thai (<c>th</c>) and English (<c>en</c>).</summary>
public sealed record GlossaryTextDto(string Th, string En);
