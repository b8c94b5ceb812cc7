using System.Buffers.Text;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using SocialCreditExplainer.Content.Teaching;

namespace SocialCreditExplainer.Web.Tests.Teach;

/// <summary>
/// Writes reading-list links by hand, following the documented version-1 format, including ones
/// the site's encoder refuses to make (too long a title, too many items, another version).
/// </summary>
internal static class HandMadeLinks
{
    public static string Encode(ReadingList list, byte version = 1)
    {
        var body = new MemoryStream();
        Write(body, list.Title);
        Write(body, list.Note);
        body.WriteByte((byte)list.Items.Count);
        foreach (var item in list.Items)
        {
            Write(body, item.ArticleKey);
            Write(body, item.HeadingId ?? string.Empty);
        }

        var compressed = new MemoryStream();
        using (var deflate = new DeflateStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            deflate.Write(body.ToArray());
        }

        var payload = new List<byte> { version };
        payload.AddRange(Varint(checked((int)compressed.Length)));
        payload.AddRange(compressed.ToArray());
        payload.AddRange(SHA256.HashData([.. payload])[..4]);
        return Base64Url.EncodeToString([.. payload]);
    }

    static void Write(MemoryStream stream, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        stream.Write([.. Varint(bytes.Length)]);
        stream.Write(bytes);
    }

    static IEnumerable<byte> Varint(int value)
    {
        for (; value >= 0x80; value >>= 7)
        {
            yield return (byte)(value | 0x80);
        }

        yield return (byte)value;
    }
}
