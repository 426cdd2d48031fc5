using System.Security.Cryptography;

namespace ContainerSecurity.Images;

/// <summary>Hashes a blob while it streams and fails at its end when the digest or size does not match.</summary>
internal sealed class DigestVerifyingStream(Stream inner, string expectedDigest, long expectedSize, string what) : Stream
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private long _read;
    private bool _verified;

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var n = inner.Read(buffer);
        if (n > 0)
        {
            _read += n;
            if (expectedSize >= 0 && _read > expectedSize)
            {
                throw new ImageFormatException($"{what} is longer than the {expectedSize} bytes its descriptor declares.");
            }
            _hash.AppendData(buffer[..n]);
        }
        else
        {
            VerifyOnce();
        }
        return n;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var n = await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        if (n > 0)
        {
            _read += n;
            if (expectedSize >= 0 && _read > expectedSize)
            {
                throw new ImageFormatException($"{what} is longer than the {expectedSize} bytes its descriptor declares.");
            }
            _hash.AppendData(buffer.Span[..n]);
        }
        else
        {
            VerifyOnce();
        }
        return n;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    private void VerifyOnce()
    {
        if (_verified)
        {
            return;
        }
        _verified = true;
        if (expectedSize >= 0 && _read != expectedSize)
        {
            throw new ImageFormatException($"{what} is {_read} bytes, but its descriptor declares {expectedSize}. The image is truncated or modified.");
        }
        var actual = "sha256:" + Convert.ToHexStringLower(_hash.GetHashAndReset());
        if (actual != expectedDigest)
        {
            throw new ImageFormatException($"{what} does not match its digest: expected {expectedDigest}, got {actual}.");
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
            _hash.Dispose();
        }
        base.Dispose(disposing);
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => expectedSize;
    public override long Position { get => _read; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
