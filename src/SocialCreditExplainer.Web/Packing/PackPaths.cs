using System.Text;

namespace SocialCreditExplainer.Web.Packing;

/// <summary>
/// Where each page and file of the site goes in the pack, and how one file links to another.
/// Every page becomes a folder with an <c>index.html</c>, and every link is relative and names
/// that file, so navigation works from <c>file://</c> (which has no directory index) as well as
/// on any static host. Paths here use <c>/</c>; the writer converts them for the disk.
/// </summary>
public static class PackPaths
{
    /// <summary>The folder a filtered page (a query-string variant) is kept in, under its page's folder.</summary>
    public const string QueryFolder = "_q";

    public const string IndexFile = "index.html";

    // Characters no file name may hold on any system a pack may be unzipped on (Windows is the strictest).
    static readonly HashSet<char> InvalidNameChars = [.. Path.GetInvalidFileNameChars(), '\\', '/', ':', '*', '?', '"', '<', '>', '|'];

    /// <summary>The file of a page: <c>/th/articles/x</c> → <c>th/articles/x/index.html</c>; a query gets its own folder.</summary>
    public static string PageFile(string path, string query)
    {
        var segments = Segments(path);
        if (query.TrimStart('?') is { Length: > 0 } q)
        {
            segments.Add(QueryFolder);
            segments.Add(QueryName(q));
        }

        segments.Add(IndexFile);
        return string.Join('/', segments);
    }

    /// <summary>The file of anything else, at its own path; an extension is added when the path has none.</summary>
    public static string AssetFile(string path, string? mediaType)
    {
        var segments = Segments(path);
        if (segments.Count == 0)
        {
            segments.Add("index");
        }

        if (!segments[^1].Contains('.', StringComparison.Ordinal))
        {
            segments[^1] += Extension(mediaType);
        }

        return string.Join('/', segments);
    }

    /// <summary>A relative link from one pack file to another, each segment escaped: <c>../../glossary/index.html</c>.</summary>
    public static string RelativeHref(string fromFile, string toFile)
    {
        var from = fromFile.Split('/')[..^1];
        var to = toFile.Split('/');
        var common = 0;
        while (common < from.Length && common < to.Length - 1 && string.Equals(from[common], to[common], StringComparison.Ordinal))
        {
            common++;
        }

        var parts = Enumerable.Repeat("..", from.Length - common).Concat(to[common..].Select(Uri.EscapeDataString));
        return string.Join('/', parts);
    }

    /// <summary>The path's segments, unescaped and made safe as file names.</summary>
    static List<string> Segments(string path) =>
        [.. path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(s => SafeName(Uri.UnescapeDataString(s)))];

    static string SafeName(string segment)
    {
        if (segment is "." or "..")
        {
            return "_";
        }

        return new string([.. segment.Select(c => InvalidNameChars.Contains(c) || char.IsControl(c) ? '_' : c)]);
    }

    /// <summary><c>from=1949&amp;to=2006</c> → <c>from-1949_to-2006</c>; anything but letters, digits, '-' and '.' as <c>~XX</c>.</summary>
    static string QueryName(string query)
    {
        var name = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(Uri.UnescapeDataString(query.Replace('+', ' '))))
        {
            var c = (char)b;
            name.Append(c switch
            {
                (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-' or '.' => c.ToString(),
                '=' => "-",
                '&' => "_",
                _ => "~" + b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture),
            });
        }

        return name.ToString();
    }

    static string Extension(string? mediaType) => mediaType switch
    {
        "application/json" or "application/problem+json" or "application/vnd.citationstyles.csl+json" => ".json",
        "text/csv" => ".csv",
        "application/xml" or "text/xml" => ".xml",
        "application/rss+xml" or "application/atom+xml" => ".xml",
        "text/css" => ".css",
        "text/javascript" or "application/javascript" => ".js",
        _ => ".txt",
    };
}
