using System.Buffers.Text;
using System.Security.Cryptography;
using SocialCreditExplainer.Content.Teaching;

namespace SocialCreditExplainer.Content.Tests.Teaching;

public sealed class ReadingListCodecTests
{
    static readonly ReadingList ThaiList = new(
        "สัปดาห์ที่ 3: เครดิตสังคมในจีนและไทย",
        "อ่านให้จบก่อนคาบวันพฤหัสบดี\nจดคำถามที่สงสัยมาอย่างน้อยสองข้อ",
        [
            new ReadingListItem("what-is-social-credit"),
            new ReadingListItem("china-social-credit-system", "ระบบเครดิตสังคม"),
            new ReadingListItem("thailand-social-credit", "mou"),
        ]);

    [Fact]
    public void AThaiListSurvivesTheRoundTrip()
    {
        Assert.True(ReadingListCodec.TryEncode(ThaiList, out var encoded, out _));

        Assert.True(ReadingListCodec.TryDecode(encoded, out var decoded, out var problem), problem?.ToString());
        Assert.Equal(ThaiList, decoded);
        Assert.Equal("ระบบเครดิตสังคม", decoded.Items[1].HeadingId);
        Assert.Null(decoded.Items[0].HeadingId);
    }

    [Fact]
    public void AnUntitledListWithoutANoteSurvivesTheRoundTrip()
    {
        var list = new ReadingList(string.Empty, string.Empty, [new ReadingListItem("about")]);

        Assert.True(ReadingListCodec.TryEncode(list, out var encoded, out _));

        Assert.True(ReadingListCodec.TryDecode(encoded, out var decoded, out _));
        Assert.Equal(list, decoded);
    }

    [Fact]
    public void TheEncodedListNeedsNoEscapingInALink()
    {
        Assert.True(ReadingListCodec.TryEncode(ThaiList, out var encoded, out _));

        Assert.Matches("^[A-Za-z0-9_-]+$", encoded);
        Assert.Equal(encoded, Uri.EscapeDataString(encoded));
    }

    [Fact]
    public void AListAtEveryLimitStillFitsInALink()
    {
        // Worst case: random Thai text compresses least; keys and headings as long as real ones get.
        var random = new Random(8);
        string Thai(int length) => new([.. Enumerable.Range(0, length).Select(_ => (char)random.Next(0x0E01, 0x0E5B))]);
        var items = Enumerable.Range(0, ReadingListLimits.MaxItems)
            .Select(i => new ReadingListItem($"an-article-key-of-forty-characters-{i:D4}", Thai(40)))
            .ToList();
        var list = new ReadingList(Thai(ReadingListLimits.MaxTitleLength), Thai(ReadingListLimits.MaxNoteLength), items);

        Assert.True(ReadingListCodec.TryEncode(list, out var encoded, out var problem), problem?.ToString());

        Assert.InRange(encoded.Length, 1, ReadingListLimits.MaxEncodedLength);
        Assert.True(ReadingListCodec.TryDecode(encoded, out var decoded, out _));
        Assert.Equal(list, decoded);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void ALinkWithoutAListSaysSo(string? text) =>
        AssertFails(text, ReadingListError.Missing);

    [Theory]
    [InlineData("AQID$%^")]
    [InlineData("AQID BAUG")]
    [InlineData("AQID+/==")]
    [InlineData("รายการอ่าน")]
    public void CharactersOutsideBase64UrlAreRefused(string text) =>
        AssertFails(text, ReadingListError.NotBase64);

    [Fact]
    public void AnAbsurdlyLongLinkIsRefusedBeforeDecoding() =>
        AssertFails(new string('A', ReadingListLimits.MaxEncodedLength + 1), ReadingListError.TooLong);

    [Fact]
    public void EveryCutOffLinkIsReportedAsCutOff()
    {
        var encoded = Encode(ThaiList);

        for (var length = 1; length < encoded.Length; length++)
        {
            AssertFails(encoded[..length], ReadingListError.Truncated);
        }
    }

    [Fact]
    public void AListFromAnotherVersionIsRefusedWithItsVersion()
    {
        var fromTheFuture = ReadingListCodec.EncodeUnchecked(ThaiList, version: 2);

        var problem = AssertFails(fromTheFuture, ReadingListError.UnsupportedVersion);
        Assert.Equal("2", problem.Detail);
    }

    [Fact]
    public void FlippingAnyBitAfterTheHeaderIsCaughtByTheChecksum()
    {
        var bytes = Base64Url.DecodeFromChars(Encode(ThaiList));
        var headerLength = HeaderLength(bytes);

        for (var i = headerLength; i < bytes.Length; i++)
        {
            for (var bit = 0; bit < 8; bit++)
            {
                var tampered = (byte[])bytes.Clone();
                tampered[i] ^= (byte)(1 << bit);
                AssertFails(Base64Url.EncodeToString(tampered), ReadingListError.ChecksumMismatch);
            }
        }
    }

    [Fact]
    public void FlippingAHeaderByteIsRefusedToo()
    {
        var bytes = Base64Url.DecodeFromChars(Encode(ThaiList));

        for (var i = 0; i < HeaderLength(bytes); i++)
        {
            for (var bit = 0; bit < 8; bit++)
            {
                var tampered = (byte[])bytes.Clone();
                tampered[i] ^= (byte)(1 << bit);
                Assert.False(ReadingListCodec.TryDecode(Base64Url.EncodeToString(tampered), out _, out var problem));
                Assert.Contains(problem.Error, new[] { ReadingListError.UnsupportedVersion, ReadingListError.Truncated, ReadingListError.Malformed, ReadingListError.ChecksumMismatch });
            }
        }
    }

    [Fact]
    public void ChangingOneCharacterOfTheLinkIsCaught()
    {
        var encoded = Encode(ThaiList);
        var middle = encoded.Length / 2;
        var changed = encoded[..middle] + (encoded[middle] == 'A' ? 'B' : 'A') + encoded[(middle + 1)..];

        AssertFails(changed, ReadingListError.ChecksumMismatch);
    }

    [Fact]
    public void BytesAfterTheChecksumAreRefused()
    {
        var bytes = Base64Url.DecodeFromChars(Encode(ThaiList));

        AssertFails(Base64Url.EncodeToString([.. bytes, 0, 0, 0]), ReadingListError.Malformed);
    }

    [Fact]
    public void AWellSignedPayloadThatIsNotAListIsMalformed()
    {
        // Version 1, three bytes of "compressed" data that is not DEFLATE, and a correct checksum.
        byte[] unsigned = [ReadingListCodec.CurrentVersion, 3, 0xFF, 0xFE, 0xFD];
        byte[] payload = [.. unsigned, .. SHA256.HashData(unsigned)[..4]];

        AssertFails(Base64Url.EncodeToString(payload), ReadingListError.Malformed);
    }

    [Fact]
    public void OversizedListsAreRefusedWhenDecoded()
    {
        var item = new ReadingListItem("about");

        AssertFails(ReadingListCodec.EncodeUnchecked(new(new string('ก', 121), "", [item])), ReadingListError.TitleTooLong);
        AssertFails(ReadingListCodec.EncodeUnchecked(new("", new string('ข', 1001), [item])), ReadingListError.NoteTooLong);
        AssertFails(ReadingListCodec.EncodeUnchecked(new("", "", [.. Enumerable.Repeat(item, 31)])), ReadingListError.TooManyItems);
        AssertFails(ReadingListCodec.EncodeUnchecked(new("Empty", "", [])), ReadingListError.NoItems);
    }

    [Fact]
    public void OversizedListsAreNeverEncoded()
    {
        var item = new ReadingListItem("about");

        Assert.False(ReadingListCodec.TryEncode(new(new string('x', 121), "", [item]), out _, out var title));
        Assert.False(ReadingListCodec.TryEncode(new("", new string('x', 1001), [item]), out _, out var note));
        Assert.False(ReadingListCodec.TryEncode(new("", "", [.. Enumerable.Repeat(item, 31)]), out _, out var items));

        Assert.Equal(ReadingListError.TitleTooLong, title.Error);
        Assert.Equal(ReadingListError.NoteTooLong, note.Error);
        Assert.Equal(ReadingListError.TooManyItems, items.Error);
    }

    [Fact]
    public void TheLimitsThemselvesAreAllowed()
    {
        var list = new ReadingList(new string('ก', 120), new string('ข', 1000), [.. Enumerable.Repeat(new ReadingListItem("about"), 30)]);

        Assert.True(ReadingListCodec.TryDecode(Encode(list), out var decoded, out _));
        Assert.Equal(30, decoded.Items.Count);
    }

    [Theory]
    [InlineData("what-is-social-credit", "what-is-social-credit", null)]
    [InlineData("china-social-credit-system#ระบบเครดิตสังคม", "china-social-credit-system", "ระบบเครดิตสังคม")]
    [InlineData("about#", "about", null)]
    public void CheckboxValuesNameAnArticleAndMaybeASection(string value, string key, string? heading)
    {
        var item = ReadingListItem.FromFormValue(value);

        Assert.Equal(new ReadingListItem(key, heading), item);
        Assert.Equal(item, ReadingListItem.FromFormValue(item!.ToFormValue()));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("#heading")]
    public void ACheckboxValueWithoutAnArticleNamesNothing(string? value) =>
        Assert.Null(ReadingListItem.FromFormValue(value));

    /// <summary>The version byte and the varint length after it.</summary>
    static int HeaderLength(byte[] payload)
    {
        var length = 2;
        while ((payload[length - 1] & 0x80) != 0)
        {
            length++;
        }

        return length;
    }

    static string Encode(ReadingList list)
    {
        Assert.True(ReadingListCodec.TryEncode(list, out var encoded, out var problem), problem?.ToString());
        return encoded;
    }

    static ReadingListProblem AssertFails(string? text, ReadingListError expected)
    {
        Assert.False(ReadingListCodec.TryDecode(text, out var list, out var problem), $"'{text}' decoded to {list}");
        Assert.True(expected == problem.Error, $"'{Shorten(text)}': expected {expected}, got {problem.Error}");
        return problem;
    }

    static string? Shorten(string? text) => text is { Length: > 60 } ? text[..60] + "…" : text;
}
