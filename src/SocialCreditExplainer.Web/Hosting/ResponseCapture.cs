using Microsoft.AspNetCore.Http.Features;

namespace SocialCreditExplainer.Web.Hosting;

/// <summary>
/// Sends a response on to the client as usual and keeps a copy of its body, up to a limit, so a
/// rendered page can be stored. Installed as the response body for one request.
/// </summary>
internal sealed class ResponseCapture : Stream
{
    readonly Stream _client;
    readonly int _limit;
    readonly MemoryStream _copy = new();

    ResponseCapture(Stream client, int limit)
    {
        _client = client;
        _limit = limit;
    }

    /// <summary>False once the body outgrew the limit: the copy is then incomplete and must not be kept.</summary>
    public bool IsComplete { get; private set; } = true;

    public byte[] Body => _copy.ToArray();

    /// <summary>Routes the response body of <paramref name="context"/> through a capture until the returned scope ends.</summary>
    public static (ResponseCapture Capture, IDisposable Scope) Install(HttpContext context, int limit)
    {
        var original = context.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
        var capture = new ResponseCapture(original.Stream, limit);
        context.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(capture, original));
        return (capture, new Restore(context, original));
    }

    void Keep(ReadOnlySpan<byte> bytes)
    {
        if (!IsComplete)
        {
            return;
        }

        if (_copy.Length + bytes.Length > _limit)
        {
            IsComplete = false;
            _copy.SetLength(0);
            return;
        }

        _copy.Write(bytes);
    }

    public override void Write(byte[] buffer, int offset, int count)
    {
        _client.Write(buffer, offset, count);
        Keep(buffer.AsSpan(offset, count));
    }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        await _client.WriteAsync(buffer, cancellationToken);
        Keep(buffer.Span);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush() => _client.Flush();
    public override Task FlushAsync(CancellationToken cancellationToken) => _client.FlushAsync(cancellationToken);

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();

    sealed class Restore(HttpContext context, IHttpResponseBodyFeature original) : IDisposable
    {
        public void Dispose() => context.Features.Set(original);
    }
}
