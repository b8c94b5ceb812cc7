using System.Security.Cryptography;
using System.Text;

namespace SocialCreditExplainer.Content.Loading;

/// <summary>
/// Reads the content folder's files as text, with paths relative to the content root (as shown in
/// problems), and fingerprints everything it read so an unchanged folder gives the same version.
/// </summary>
public sealed class ContentFiles(string root)
{
    readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    public string Root { get; } = Path.GetFullPath(root);

    /// <summary>Files matching the pattern under a folder of the root, in a stable order.</summary>
    public IEnumerable<string> List(string folder, string pattern, SearchOption option = SearchOption.TopDirectoryOnly)
    {
        var path = Path.Combine(Root, folder);
        return Directory.Exists(path)
            ? Directory.EnumerateFiles(path, pattern, option).Order(StringComparer.Ordinal)
            : [];
    }

    /// <summary>The file's text (UTF-8), added to the fingerprint.</summary>
    public string Read(string fullPath)
    {
        var text = File.ReadAllText(fullPath, Encoding.UTF8);
        _hash.AppendData(Encoding.UTF8.GetBytes(Relative(fullPath)));
        _hash.AppendData(Encoding.UTF8.GetBytes(text));
        return text;
    }

    /// <summary>The path shown to authors: relative to the content root's parent, e.g. <c>content/sources/x.yaml</c>.</summary>
    public string Relative(string fullPath) =>
        Path.GetRelativePath(Path.GetDirectoryName(Root) ?? Root, fullPath).Replace('\\', '/');

    /// <summary>The fingerprint of every file read so far, as 16 hex digits.</summary>
    public string Fingerprint() => Convert.ToHexStringLower(_hash.GetCurrentHash())[..16];
}
