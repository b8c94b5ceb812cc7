using System.Security.Cryptography;
using System.Text;
using SocialCreditExplainer.Content.Articles;
using SocialCreditExplainer.Content.Languages;

namespace SocialCreditExplainer.Web.Feeds;

/// <summary>
/// Feed and entry ids that never change: name-based UUIDs (RFC 9562 version 5) of the language and
/// the article key, so a feed reader keeps recognising an entry when its title, slug or host
/// changes, and shows it as updated rather than new.
/// </summary>
public static class FeedIds
{
    /// <summary>This site's UUID namespace; changing it would make every reader see every entry as new.</summary>
    static readonly Guid Namespace = new("8563f908-f910-452c-996d-7544e4bc3625");

    /// <summary>The id of one language's feed.</summary>
    public static string Feed(SiteLanguage language) => Urn("feed/" + language.Code);

    /// <summary>The id of one language version of an article.</summary>
    public static string Entry(Article article) => Urn($"article/{article.Language.Code}/{article.Key}");

    static string Urn(string name) => "urn:uuid:" + NameBased(name).ToString("D");

    static Guid NameBased(string name)
    {
        var ns = Namespace.ToByteArray(bigEndian: true);
        var input = new byte[ns.Length + Encoding.UTF8.GetByteCount(name)];
        ns.CopyTo(input, 0);
        Encoding.UTF8.GetBytes(name, 0, name.Length, input, ns.Length);

        // Version 5 is defined over SHA-1; it names things, it protects nothing.
#pragma warning disable CA5350
        var hash = SHA1.HashData(input);
#pragma warning restore CA5350
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}
