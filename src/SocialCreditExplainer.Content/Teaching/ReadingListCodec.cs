using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace SocialCreditExplainer.Content.Teaching;

/// <summary>
/// Turns a <see cref="ReadingList"/> into the short text carried in its link and back. Version 1:
/// <code>
/// [version = 1] [varint n] [n bytes: raw DEFLATE of the body] [4 bytes: SHA-256 of everything before, truncated]
/// body = title, note (UTF-8, each after its varint byte count), varint item count,
///        then per item: article key, heading id ("" for the whole article)
/// </code>
/// written as base64url without padding. The length prefix tells a cut-off link from a changed
/// one; the checksum catches changed or damaged links. It is a checksum, not a signature: nothing
/// in a list is secret, and every decoded list is still checked against the limits and the content.
/// </summary>
public static class ReadingListCodec
{
    public const byte CurrentVersion = 1;

    const int ChecksumLength = 4;

    static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Encodes a list; fails when it breaks a limit or would make too long a link.</summary>
    public static bool TryEncode(ReadingList list, [NotNullWhen(true)] out string? encoded, [NotNullWhen(false)] out ReadingListProblem? problem)
    {
        encoded = null;
        problem = ReadingListLimits.Check(list);
        if (problem is not null)
        {
            return false;
        }

        var text = EncodeUnchecked(list);
        if (text.Length > ReadingListLimits.MaxEncodedLength)
        {
            problem = new ReadingListProblem(ReadingListError.TooLong);
            return false;
        }

        encoded = text;
        return true;
    }

    /// <summary>
    /// Encodes without checking any limit, in any version byte: for tests that need a well-formed
    /// link to a list the site would refuse.
    /// </summary>
    internal static string EncodeUnchecked(ReadingList list, byte version = CurrentVersion)
    {
        var body = new MemoryStream();
        WriteString(body, list.Title);
        WriteString(body, list.Note);
        WriteVarint(body, list.Items.Count);
        foreach (var item in list.Items)
        {
            WriteString(body, item.ArticleKey);
            WriteString(body, item.HeadingId ?? string.Empty);
        }

        var compressed = Deflate(body.ToArray());
        var payload = new MemoryStream();
        payload.WriteByte(version);
        WriteVarint(payload, compressed.Length);
        payload.Write(compressed);
        payload.Write(Checksum(payload.GetBuffer().AsSpan(0, (int)payload.Length)));
        return Base64Url.EncodeToString(payload.ToArray());
    }

    /// <summary>
    /// Decodes the text from a link. Checks, in order: present, length, alphabet, completeness,
    /// version, checksum, structure, then the limits. It does not check the content (see
    /// <see cref="ReadingListResolver"/>).
    /// </summary>
    public static bool TryDecode(string? text, [NotNullWhen(true)] out ReadingList? list, [NotNullWhen(false)] out ReadingListProblem? problem)
    {
        list = null;
        problem = Decode(text?.Trim(), out var decoded);
        if (problem is not null)
        {
            return false;
        }

        problem = ReadingListLimits.Check(decoded!);
        if (problem is not null)
        {
            return false;
        }

        list = decoded!;
        return true;
    }

    static ReadingListProblem? Decode(string? text, out ReadingList? list)
    {
        list = null;
        if (string.IsNullOrEmpty(text))
        {
            return new(ReadingListError.Missing);
        }

        if (text.Length > ReadingListLimits.MaxEncodedLength)
        {
            return new(ReadingListError.TooLong);
        }

        if (!text.All(IsBase64UrlChar))
        {
            return new(ReadingListError.NotBase64);
        }

        // No base64 text has a length of 4n+1: the last character was cut off (or one was added).
        if (text.Length % 4 == 1)
        {
            return new(ReadingListError.Truncated);
        }

        var bytes = FromBase64Url(text);
        if (bytes[0] != CurrentVersion)
        {
            return new(ReadingListError.UnsupportedVersion, bytes[0].ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var reader = new SpanReader(bytes, 1);
        if (!reader.TryReadVarint(out var compressedLength))
        {
            return new(ReadingListError.Truncated);
        }

        var expected = (long)reader.Position + compressedLength + ChecksumLength;
        if (bytes.Length < expected)
        {
            return new(ReadingListError.Truncated);
        }

        if (bytes.Length > expected)
        {
            return new(ReadingListError.Malformed);
        }

        var signed = bytes.AsSpan(0, bytes.Length - ChecksumLength);
        if (!CryptographicOperations.FixedTimeEquals(Checksum(signed), bytes.AsSpan(bytes.Length - ChecksumLength)))
        {
            return new(ReadingListError.ChecksumMismatch);
        }

        var body = Inflate(bytes.AsSpan(reader.Position, compressedLength));
        if (body is null)
        {
            return new(ReadingListError.Malformed);
        }

        list = ReadBody(body);
        return list is null ? new(ReadingListError.Malformed) : null;
    }

    static ReadingList? ReadBody(byte[] body)
    {
        var reader = new SpanReader(body, 0);
        if (!reader.TryReadString(ReadingListLimits.MaxPayloadBytes, out var title)
            || !reader.TryReadString(ReadingListLimits.MaxPayloadBytes, out var note)
            || !reader.TryReadVarint(out var count)
            || count > ReadingListLimits.MaxItems * 4)
        {
            return null;
        }

        var items = new List<ReadingListItem>(count);
        for (var i = 0; i < count; i++)
        {
            if (!reader.TryReadString(ReadingListLimits.MaxIdBytes, out var key)
                || !reader.TryReadString(ReadingListLimits.MaxIdBytes, out var heading)
                || key.Length == 0)
            {
                return null;
            }

            items.Add(new ReadingListItem(key, heading.Length == 0 ? null : heading));
        }

        return reader.Position == body.Length ? new ReadingList(title, note, items) : null;
    }

    /// <summary>
    /// Decodes base64url (alphabet and length already checked). Unused low bits in the last
    /// character are ignored, so a changed last character is caught by the checksum like any other.
    /// </summary>
    static byte[] FromBase64Url(string text)
    {
        var standard = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(standard.PadRight(standard.Length + ((4 - (standard.Length % 4)) % 4), '='));
    }

    static bool IsBase64UrlChar(char c) => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '_';

    static byte[] Checksum(ReadOnlySpan<byte> data) => SHA256.HashData(data)[..ChecksumLength];

    static byte[] Deflate(byte[] data)
    {
        var output = new MemoryStream();
        using (var deflate = new DeflateStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            deflate.Write(data);
        }

        return output.ToArray();
    }

    /// <summary>Inflates at most <see cref="ReadingListLimits.MaxPayloadBytes"/>; null for bad data or anything bigger.</summary>
    static byte[]? Inflate(ReadOnlySpan<byte> data)
    {
        try
        {
            using var deflate = new DeflateStream(new MemoryStream(data.ToArray()), CompressionMode.Decompress);
            var buffer = new byte[ReadingListLimits.MaxPayloadBytes + 1];
            var total = 0;
            int read;
            while (total < buffer.Length && (read = deflate.Read(buffer, total, buffer.Length - total)) > 0)
            {
                total += read;
            }

            return total > ReadingListLimits.MaxPayloadBytes ? null : buffer[..total];
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    static void WriteString(MemoryStream stream, string value)
    {
        // Encoding replaces a lone surrogate rather than failing; decoding is strict (see SpanReader).
        var bytes = Encoding.UTF8.GetBytes(value);
        WriteVarint(stream, bytes.Length);
        stream.Write(bytes);
    }

    static void WriteVarint(MemoryStream stream, int value)
    {
        var remaining = (uint)value;
        while (remaining >= 0x80)
        {
            stream.WriteByte((byte)(remaining | 0x80));
            remaining >>= 7;
        }

        stream.WriteByte((byte)remaining);
    }

    /// <summary>Reads varints and length-prefixed UTF-8 without ever throwing on bad input.</summary>
    ref struct SpanReader(ReadOnlySpan<byte> data, int position)
    {
        readonly ReadOnlySpan<byte> _data = data;

        public int Position { get; private set; } = position;

        public bool TryReadVarint(out int value)
        {
            value = 0;
            for (var shift = 0; shift < 28; shift += 7)
            {
                if (Position >= _data.Length)
                {
                    return false;
                }

                var b = _data[Position++];
                value |= (b & 0x7F) << shift;
                if ((b & 0x80) == 0)
                {
                    return true;
                }
            }

            // More than four groups: larger than any length this format uses.
            return false;
        }

        public bool TryReadString(int maxBytes, out string value)
        {
            value = string.Empty;
            if (!TryReadVarint(out var length) || length > maxBytes || length > _data.Length - Position)
            {
                return false;
            }

            try
            {
                value = StrictUtf8.GetString(_data.Slice(Position, length));
            }
            catch (DecoderFallbackException)
            {
                return false;
            }

            Position += length;
            return true;
        }
    }
}
