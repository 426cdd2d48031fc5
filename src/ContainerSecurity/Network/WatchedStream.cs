namespace ContainerSecurity.Network;

/// <summary>A response body read under a <see cref="TransferWatch"/>: every read counts as progress, a read the watch cancelled throws its verdict.</summary>
internal sealed class WatchedStream(Stream inner, TransferWatch watch, bool disposeWatchAtEnd = true) : Stream
{
    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, watch.Token);
        int read;
        try
        {
            read = await inner.ReadAsync(buffer, linked.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (watch.Verdict is not null && e is OperationCanceledException or IOException or HttpRequestException or ObjectDisposedException)
        {
            throw watch.Failure(e);
        }
        if (read == 0 && disposeWatchAtEnd)
        {
            watch.Dispose();
        }
        else
        {
            watch.Progress(read);
        }
        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    public override int Read(Span<byte> buffer)
    {
        var rented = new byte[buffer.Length];
        var read = Read(rented, 0, rented.Length);
        rented.AsSpan(0, read).CopyTo(buffer);
        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
            if (disposeWatchAtEnd)
            {
                watch.Dispose();
            }
        }
        base.Dispose(disposing);
    }
}
