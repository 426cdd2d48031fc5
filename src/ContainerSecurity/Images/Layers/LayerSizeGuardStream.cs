namespace ContainerSecurity.Images.Layers;

/// <summary>
/// Bounds a layer's (or a tar.gz archive's) uncompressed bytes, in total and relative to the compressed bytes consumed
/// so far, so a decompression bomb stops after a bounded amount of work instead of at the end of the stream.
/// </summary>
internal sealed class LayerSizeGuardStream(Stream decompressed, CountingStream compressed, ImageReadLimits limits, string layer, CancellationToken ct, long? maxBytes = null)
    : ReadOnlyStream(decompressed)
{
    private readonly long _maxBytes = maxBytes ?? limits.MaxLayerBytes;

    public long BytesRead { get; private set; }

    public override int Read(Span<byte> buffer)
    {
        ct.ThrowIfCancellationRequested();
        var n = Inner.Read(buffer);
        BytesRead += n;
        if (BytesRead > _maxBytes)
        {
            throw new ImageFormatException($"{layer} expands to more than {_maxBytes} bytes, the most {(maxBytes is null ? "one layer" : "it")} may have.");
        }
        if (BytesRead > limits.RatioCheckAfterBytes && BytesRead / limits.MaxCompressionRatio > compressed.BytesRead)
        {
            throw new ImageFormatException(
                $"{layer} expanded {compressed.BytesRead} compressed bytes to {BytesRead}, more than {limits.MaxCompressionRatio} times; it looks like a decompression bomb.");
        }
        return n;
    }
}
