namespace ContainerSecurity.Images.Layers;

/// <summary>Passes a layer's entries on to the merger and keeps a copy for the layer cache.</summary>
internal sealed class RecordingLayerSink(ILayerSink inner) : ILayerSink
{
    public LayerRecord Record { get; } = new();

    public FileEntry? Find(string path) => inner.Find(path);

    public void Add(FileEntry entry)
    {
        Record.Entries.Add(entry);
        inner.Add(entry);
    }

    public void WhiteOut(string path)
    {
        Record.Whiteouts.Add(path);
        inner.WhiteOut(path);
    }

    public void MakeOpaque(string directory)
    {
        Record.Opaque.Add(directory);
        inner.MakeOpaque(directory);
    }
}
