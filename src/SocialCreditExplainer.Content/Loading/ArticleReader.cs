using System.Globalization;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using SocialCreditExplainer.Content.Articles;

namespace SocialCreditExplainer.Content.Loading;

/// <summary>An article file parsed but not yet rendered: rendering needs the rest of the content.</summary>
/// <param name="BodyLineOffset">Lines before the body (front matter and its fences), to turn body lines into file lines.</param>
public sealed record ParsedArticle(string Key, Languages.SiteLanguage Language, ArticleMetadata Metadata, MarkdownDocument Document, ContentLocation Location, int BodyLineOffset);

/// <summary>Reads an article file: front matter with YamlDotNet, body parsed once with the site pipeline.</summary>
public static class ArticleReader
{
    static readonly string[] KnownFields =
        ["title", "summary", "level", "updated", "order", "tags", "slug", "objectives", "questions"];

    public static ParsedArticle? Read(string text, string key, Languages.SiteLanguage language, string file, MarkdownPipeline pipeline, ProblemLog log)
    {
        var document = Markdig.Markdown.Parse(text, pipeline);
        var frontMatter = document.Descendants<YamlFrontMatterBlock>().FirstOrDefault();
        if (frontMatter is null)
        {
            log.Error(new ContentLocation(file, 1), "The article has no front matter; start the file with a '---' block (see docs/content-authoring.md).");
            return null;
        }

        // Keep the YAML lines only (not the '---' fences) and remember where they start in the file,
        // so YAML problems are reported at the file's own line numbers.
        var lines = frontMatter.Lines.Lines.Take(frontMatter.Lines.Count)
            .Where(l => l.ToString().Trim() is not ("---" or "..."))
            .ToList();
        var yaml = string.Join('\n', lines.Select(l => l.ToString()));
        var firstLine = lines.Count > 0 ? lines[0].Line : frontMatter.Line + 1;
        var map = YamlFile.Parse(yaml, file, log, lineOffset: firstLine);
        if (map is null)
        {
            return null;
        }

        var mark = log.Mark();
        var metadata = ReadMetadata(map);
        return metadata is null || log.HasErrorsSince(mark)
            ? null
            : new ParsedArticle(key, language, metadata, document, new ContentLocation(file, 1), BodyLineOffset(text, frontMatter));
    }

    // The renderer counts lines from the first line after the closing '---'.
    static int BodyLineOffset(string text, YamlFrontMatterBlock frontMatter) =>
        text.AsSpan(0, Math.Min(frontMatter.Span.End, text.Length)).Count('\n') + 1;

    static ArticleMetadata? ReadMetadata(YamlMap map)
    {
        map.WarnUnknownFields(KnownFields);
        var title = map.Text("title", required: true);
        var summary = map.Text("summary", required: true);
        var level = map.Enum<ArticleLevel>("level");
        var updatedText = map.Text("updated", required: true);
        DateOnly updated = default;
        if (updatedText is not null && !DateOnly.TryParseExact(updatedText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out updated))
        {
            map.Log.Error(map.Location, $"'updated' is '{updatedText}'; write YYYY-MM-DD in the Common Era.");
        }

        var orderText = map.Text("order", required: true);
        var order = 0;
        if (orderText is not null && !int.TryParse(orderText, NumberStyles.Integer, CultureInfo.InvariantCulture, out order))
        {
            map.Log.Error(map.Location, $"'order' is '{orderText}', not a whole number.");
        }

        if (title is null || summary is null || level is null)
        {
            return null;
        }

        return new ArticleMetadata
        {
            Title = title,
            Summary = summary,
            Level = level.Value,
            Updated = updated,
            Order = order,
            Tags = map.List("tags"),
            Slug = map.Text("slug"),
            Objectives = map.List("objectives"),
            Questions = map.List("questions"),
        };
    }
}
