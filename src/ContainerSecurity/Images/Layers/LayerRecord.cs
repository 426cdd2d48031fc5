namespace ContainerSecurity.Images.Layers;

/// <summary>
/// Everything reading one layer produced — its entries (with the content that was wanted), whiteouts and opaque
/// directories, and its sizes — so a later scan can replay it instead of reading the layer again.
/// </summary>
internal sealed class LayerRecord
{
    public List<FileEntry> Entries { get; } = [];
    public List<string> Whiteouts { get; } = [];
    public List<string> Opaque { get; } = [];
    public long CompressedSize { get; set; }
    public long UncompressedSize { get; set; }

    /// <summary>Bytes of kept content, each shared array (hard links) once.</summary>
    public long ContentBytes => new HashSet<byte[]>(Entries.Select(e => e.Content).OfType<byte[]>(), ReferenceEqualityComparer.Instance).Sum(c => (long)c.Length);

    /// <summary>Writes the layer into <paramref name="sink"/> as the image at hand numbers and classifies it.</summary>
    public void ReplayInto(ILayerSink sink, int index, string digest, bool isBase)
    {
        foreach (var path in Opaque)
        {
            sink.MakeOpaque(path);
        }
        foreach (var path in Whiteouts)
        {
            sink.WhiteOut(path);
        }
        foreach (var entry in Entries)
        {
            sink.Add(entry with { File = entry.File with { LayerIndex = index, LayerDigest = digest, FromBaseImage = isBase } });
        }
    }
}
