using System.IO.Compression;
using ZstdSharp;

namespace ContainerSecurity.Images.Layers;

/// <summary>Decompresses a layer by what its first bytes are (gzip, zstd or a plain tar), whatever its media type says.</summary>
internal static class LayerCompression
{
    public static Stream Decompress(Stream layer) => Decompress(layer, out _);

    /// <param name="checksFrame">False for zstd, whose frames may carry no checksum: damaged data can then decompress
    /// to plausible garbage. gzip checks its CRC-32 at the end; a plain tar is the blob, whose digest is checked.</param>
    public static Stream Decompress(Stream layer, out bool checksFrame)
    {
        checksFrame = true;
        var head = new byte[4];
        var n = 0;
        int read;
        while (n < head.Length && (read = layer.Read(head.AsSpan(n))) > 0)
        {
            n += read;
        }
        var stream = new PrefixedStream(head, n, layer);
        if (n >= 2 && head[0] == 0x1f && head[1] == 0x8b)
        {
            return new GZipStream(stream, CompressionMode.Decompress);
        }
        if (n == 4 && head is [0x28, 0xb5, 0x2f, 0xfd])
        {
            checksFrame = false;
            return new DecompressionStream(stream, leaveOpen: false);
        }
        return stream;
    }
}
