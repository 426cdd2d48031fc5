using System.Security.Cryptography;

namespace ContainerSecurity.Images.Layers;

/// <summary>
/// Hashes a zstd layer's uncompressed bytes as they stream, for the image configuration's rootfs.diff_ids: the blob
/// digest only vouches for the compressed bytes, and zstd frames without a checksum can turn damage into plausible garbage.
/// </summary>
internal sealed class DiffIdStream(Stream inner) : ReadOnlyStream(inner)
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    public override int Read(Span<byte> buffer)
    {
        var n = Inner.Read(buffer);
        _hash.AppendData(buffer[..n]);
        return n;
    }

    public string Digest => "sha256:" + Convert.ToHexStringLower(_hash.GetCurrentHash());

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _hash.Dispose();
        }
        base.Dispose(disposing);
    }
}
