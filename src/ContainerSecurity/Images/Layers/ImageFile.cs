namespace ContainerSecurity.Images.Layers;

/// <summary>One path of an image's final file system, as the layer that last wrote it describes it.</summary>
public sealed record ImageFile
{
    /// <summary>Normalized and absolute: <c>/etc/passwd</c>.</summary>
    public required string Path { get; init; }
    public required FileKind Kind { get; init; }
    /// <summary>Content length; for a hard link, the length of the file it links to.</summary>
    public long Size { get; init; }
    /// <summary>Permission bits including setuid (0o4000), setgid (0o2000) and sticky (0o1000).</summary>
    public int Mode { get; init; }
    public int Uid { get; init; }
    public int Gid { get; init; }
    /// <summary>
    /// A symlink's target exactly as stored (it may point anywhere, even outside the image); a hard link's target as a
    /// normalized absolute path inside the image.
    /// </summary>
    public string? LinkTarget { get; init; }
    public required int LayerIndex { get; init; }
    public required string LayerDigest { get; init; }
    /// <summary>Whether the layer that wrote it came with the base image (<see cref="LayerInfo.IsBaseLayer"/>).</summary>
    public bool FromBaseImage { get; init; }
}
