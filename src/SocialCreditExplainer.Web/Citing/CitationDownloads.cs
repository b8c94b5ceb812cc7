using System.Text;
using SocialCreditExplainer.Content.Citing;
using SocialCreditExplainer.Content.Languages;
using SocialCreditExplainer.Web.Site;

namespace SocialCreditExplainer.Web.Citing;

/// <summary>
/// The "Cite this page" downloads: <c>/{lang}/articles/{slug}/cite.{bib|ris|json}</c> and
/// <c>/{lang}/sources/{id}/cite.{bib|ris|json}</c>, served as attachments. An unknown language,
/// page or format is a plain 404, which the status-code page turns into the reader's 404 page.
/// </summary>
public static class CitationDownloads
{
    public static IEndpointRouteBuilder MapCitationDownloads(this IEndpointRouteBuilder app)
    {
        app.MapGet("/{lang}/articles/{slug}/cite.{format}", (string lang, string slug, string format, HttpContext http, ContentStore store, TimeProvider clock) =>
        {
            if (SiteLanguage.FromCode(lang) is not { } language
                || !CitationFiles.TryFromExtension(format, out var file)
                || store.Current.FindArticle(language, slug) is not { } article)
            {
                return Results.NotFound();
            }

            return Download(SiteCitations.ForArticle(article, SiteCitations.Origin(http.Request), SiteCitations.Today(clock)), file);
        }).ExcludeFromDescription();

        app.MapGet("/{lang}/sources/{id}/cite.{format}", (string lang, string id, string format, HttpContext http, ContentStore store) =>
        {
            if (SiteLanguage.FromCode(lang) is not { } language
                || !CitationFiles.TryFromExtension(format, out var file)
                || store.Current.FindSource(id) is not { } source)
            {
                return Results.NotFound();
            }

            return Download(SiteCitations.ForSource(source, language, SiteCitations.Origin(http.Request)), file);
        }).ExcludeFromDescription();

        return app;
    }

    static IResult Download(CitationRecord record, CitationFileFormat format) =>
        Results.File(
            Encoding.UTF8.GetBytes(CitationFiles.Write(record, format)),
            CitationFiles.MediaType(format) + "; charset=utf-8",
            CitationFiles.FileName(record, format));
}
