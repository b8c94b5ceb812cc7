using SocialCreditExplainer.Content.Languages;
using YamlDotNet.RepresentationModel;

namespace SocialCreditExplainer.Content.Loading;

/// <summary>
/// A YAML mapping read field by field, so that every problem is reported at the line of the field
/// (or of the mapping when the field is missing). Getters log a problem and return null rather
/// than throw: one bad field must not hide the others.
/// </summary>
public sealed class YamlMap(YamlMappingNode node, string file, ProblemLog log)
{
    public ContentLocation Location => At(node);

    public string File => file;

    public ProblemLog Log => log;

    public ContentLocation At(YamlNode n) => new(file, (int)n.Start.Line);

    public bool Has(string key) => Find(key) is not null;

    /// <summary>A scalar, or null when absent or empty (then logs an error if required).</summary>
    public string? Text(string key, bool required = false)
    {
        var value = Find(key);
        switch (value)
        {
            case null:
                if (required)
                {
                    log.Error(Location, $"'{key}' is missing.");
                }

                return null;
            case YamlScalarNode scalar when scalar.Value is { Length: > 0 } text
                && !(scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && text is "null" or "~"):
                return text.Trim();
            case YamlScalarNode:
                if (required)
                {
                    log.Error(At(value), $"'{key}' is empty.");
                }

                return null;
            default:
                log.Error(At(value), $"'{key}' must be a single value.");
                return null;
        }
    }

    /// <summary>A list of scalars; a single scalar is read as a one-item list.</summary>
    public IReadOnlyList<string> List(string key, bool required = false)
    {
        var value = Find(key);
        if (value is null)
        {
            if (required)
            {
                log.Error(Location, $"'{key}' is missing.");
            }

            return [];
        }

        if (value is YamlScalarNode scalar)
        {
            return string.IsNullOrWhiteSpace(scalar.Value) ? [] : [scalar.Value.Trim()];
        }

        if (value is not YamlSequenceNode sequence)
        {
            log.Error(At(value), $"'{key}' must be a list.");
            return [];
        }

        var items = new List<string>();
        foreach (var item in sequence)
        {
            if (item is YamlScalarNode { Value: { Length: > 0 } text })
            {
                items.Add(text.Trim());
            }
            else
            {
                log.Error(At(item), $"Each item of '{key}' must be a single value.");
            }
        }

        if (required && items.Count == 0)
        {
            log.Error(At(value), $"'{key}' needs at least one item.");
        }

        return items;
    }

    /// <summary>A nested mapping, or null when absent (logs an error if required or not a mapping).</summary>
    public YamlMap? Map(string key, bool required = false)
    {
        var value = Find(key);
        switch (value)
        {
            case YamlMappingNode mapping:
                return new YamlMap(mapping, file, log);
            case null:
            case YamlScalarNode { Value: null or "" or "null" or "~" }:
                if (required)
                {
                    log.Error(value is null ? Location : At(value), $"'{key}' is missing.");
                }

                return null;
            default:
                log.Error(At(value), $"'{key}' must be a mapping of fields.");
                return null;
        }
    }

    /// <summary>The mappings of a list of mappings.</summary>
    public IReadOnlyList<YamlMap> Maps(string key, bool required = false)
    {
        var value = Find(key);
        if (value is not YamlSequenceNode sequence)
        {
            if (value is not null || required)
            {
                log.Error(value is null ? Location : At(value), $"'{key}' must be a list of entries.");
            }

            return [];
        }

        var maps = new List<YamlMap>();
        foreach (var item in sequence)
        {
            if (item is YamlMappingNode mapping)
            {
                maps.Add(new YamlMap(mapping, file, log));
            }
            else
            {
                log.Error(At(item), $"Each entry of '{key}' must be a mapping of fields.");
            }
        }

        return maps;
    }

    /// <summary>A <c>{ th: ..., en: ... }</c> pair; both languages are required.</summary>
    public LocalizedText? Localized(string key, bool required = true)
    {
        var map = Map(key, required);
        if (map is null)
        {
            return null;
        }

        var thai = map.Text("th");
        var english = map.Text("en");
        if (thai is null || english is null)
        {
            var missing = thai is null && english is null ? "Thai and English" : thai is null ? "Thai (th)" : "English (en)";
            log.Error(map.Location, $"'{key}' is missing its {missing} text.");
            return null;
        }

        return new LocalizedText(thai, english);
    }

    /// <summary>Reads an enum written in kebab-case (<c>government-document</c>).</summary>
    public TEnum? Enum<TEnum>(string key, bool required = true)
        where TEnum : struct, System.Enum
    {
        var text = Text(key, required);
        if (text is null)
        {
            return null;
        }

        if (KebabEnum.TryParse<TEnum>(text, out var value))
        {
            return value;
        }

        log.Error(At(Find(key)!), $"'{key}' is '{text}', which is not one of: {string.Join(", ", KebabEnum.Names<TEnum>())}.");
        return null;
    }

    /// <summary>Logs a warning for fields nobody reads, which are usually typos.</summary>
    public void WarnUnknownFields(params string[] known)
    {
        foreach (var (key, _) in node.Children)
        {
            if (key is YamlScalarNode { Value: { } name } && !known.Contains(name, StringComparer.Ordinal))
            {
                log.Warning(At(key), $"Unknown field '{name}' is ignored.");
            }
        }
    }

    YamlNode? Find(string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;
}
