namespace ContainerSecurity.Images.Layers;

/// <summary>Counts the bytes read through it: a layer's compressed size as its decompressor consumes it.</summary>
internal sealed class CountingStream(Stream inner) : ReadOnlyStream(inner)
{
    public long BytesRead { get; private set; }

    public override int Read(Span<byte> buffer)
    {
        var n = Inner.Read(buffer);
        BytesRead += n;
        return n;
    }
}
