namespace ContainerSecurity.Images.Layers;

/// <summary>What a layer's entries are written into: the merger, or a recorder in front of it that feeds the layer cache.</summary>
internal interface ILayerSink
{
    /// <summary>A path as the current layer sees it so far: its own earlier entries over the lower layers.</summary>
    FileEntry? Find(string path);

    void Add(FileEntry entry);

    void WhiteOut(string path);

    void MakeOpaque(string directory);
}
