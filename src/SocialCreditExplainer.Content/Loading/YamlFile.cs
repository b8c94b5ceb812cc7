using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SocialCreditExplainer.Content.Loading;

/// <summary>Parses YAML text into a mapping, turning syntax errors into problems with their line.</summary>
public static class YamlFile
{
    /// <summary>The document's top-level mapping, or null (with a logged error) when it cannot be read.</summary>
    /// <param name="text">The YAML text.</param>
    /// <param name="file">The path shown in problems.</param>
    /// <param name="log">Where problems go.</param>
    /// <param name="lineOffset">Lines before the YAML in the file (front matter starts after <c>---</c>).</param>
    public static YamlMap? Parse(string text, string file, ProblemLog log, int lineOffset = 0)
    {
        try
        {
            // Leading blank lines keep YamlDotNet's line numbers equal to the file's.
            var stream = new YamlStream();
            stream.Load(new StringReader(new string('\n', lineOffset) + text));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
            {
                log.Error(new ContentLocation(file, lineOffset + 1), "Expected a YAML mapping of fields.");
                return null;
            }

            return new YamlMap(root, file, log);
        }
        catch (YamlException ex)
        {
            log.Error(new ContentLocation(file, Math.Max(1, (int)ex.Start.Line)), "YAML syntax error: " + FirstLine(ex.Message));
            return null;
        }
    }

    static string FirstLine(string message) => message.Split('\n')[0].Trim();
}
