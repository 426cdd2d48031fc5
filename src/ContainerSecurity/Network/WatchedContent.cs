using System.Net;

namespace ContainerSecurity.Network;

/// <summary>
/// HTTP content passed through a <see cref="TransferWatch"/>: a request body counts what the connection accepted, a
/// response body what arrived. Headers (type, length, dates) are the wrapped content's.
/// </summary>
internal sealed class WatchedContent : HttpContent
{
    private const string Sending = "sending the request body";
    private readonly HttpContent _inner;
    private readonly TransferWatch _watch;
    private readonly bool _isRequest;

    public WatchedContent(HttpContent inner, TransferWatch watch, bool isRequest)
    {
        _inner = inner;
        _watch = watch;
        _isRequest = isRequest;
        foreach (var header in inner.Headers)
        {
            Headers.TryAddWithoutValidation(header.Key, header.Value);
        }
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _watch.Token);
        if (_isRequest)
        {
            _watch.Phase = Sending;
            await using var source = await _inner.ReadAsStreamAsync(linked.Token).ConfigureAwait(false);
            await Copy(source, stream, linked.Token, countWrites: true).ConfigureAwait(false);
            _watch.Phase = "waiting for the answer";
            return;
        }
        await using var body = await CreateContentReadStreamAsync(linked.Token).ConfigureAwait(false);
        await Copy(body, stream, linked.Token, countWrites: false).ConfigureAwait(false);
    }

    protected override async Task<Stream> CreateContentReadStreamAsync() => await CreateContentReadStreamAsync(CancellationToken.None).ConfigureAwait(false);

    protected override async Task<Stream> CreateContentReadStreamAsync(CancellationToken cancellationToken) =>
        new WatchedStream(await _inner.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false), _watch);

    protected override bool TryComputeLength(out long length)
    {
        length = _inner.Headers.ContentLength ?? 0;
        return _inner.Headers.ContentLength.HasValue;
    }

    private async Task Copy(Stream source, Stream target, CancellationToken ct, bool countWrites)
    {
        var buffer = new byte[81920];
        try
        {
            int read;
            while ((read = await source.ReadAsync(buffer, ct).ConfigureAwait(false)) > 0)
            {
                await target.WriteAsync(buffer.AsMemory(0, read), ct).ConfigureAwait(false);
                if (countWrites)
                {
                    _watch.Progress(read);
                }
            }
        }
        catch (Exception e) when (_watch.Verdict is not null && e is not NetworkTimeoutException)
        {
            throw _watch.Failure(e);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
            if (!_isRequest)
            {
                _watch.Dispose();
            }
        }
        base.Dispose(disposing);
    }
}
