namespace ContainerSecurity.Images;

/// <summary>
/// Bounds a layer's uncompressed bytes, in total and relative to the compressed bytes consumed so far, so a
/// decompression bomb stops after a bounded amount of work instead of at the end of the stream.
/// </summary>
internal sealed class LayerSizeGuardStream(Stream decompressed, CountingStream compressed, ImageReadLimits limits, string layer, CancellationToken ct)
    : ReadOnlyStream(decompressed)
{
    public long BytesRead { get; private set; }

    public override int Read(Span<byte> buffer)
    {
        ct.ThrowIfCancellationRequested();
        var n = Inner.Read(buffer);
        BytesRead += n;
        if (BytesRead > limits.MaxLayerBytes)
        {
            throw new ImageFormatException($"{layer} expands to more than {limits.MaxLayerBytes} bytes, the most one layer may have.");
        }
        if (BytesRead > limits.RatioCheckAfterBytes && BytesRead / limits.MaxCompressionRatio > compressed.BytesRead)
        {
            throw new ImageFormatException(
                $"{layer} expanded {compressed.BytesRead} compressed bytes to {BytesRead}, more than {limits.MaxCompressionRatio} times; it looks like a decompression bomb.");
        }
        return n;
    }
}
