namespace ContainerSecurity.Images.Layers;

/// <summary>
/// Bounds on what reading an image may cost — the archive itself, its indexes, manifests and configurations, and its
/// layers — in one place. Each is checked before the memory or work it bounds is spent; going past one is an
/// <see cref="ImageFormatException"/> (CSEC9001) that names what was too big.
/// </summary>
public sealed record ImageReadLimits
{
    public static ImageReadLimits Default { get; } = new();

    // The archive or layout folder, and the JSON documents that describe its images.
    /// <summary>Entries of an image archive (tar or tar.gz) itself.</summary>
    public int MaxArchiveEntries { get; init; } = 200_000;
    /// <summary>Uncompressed bytes of a tar.gz image archive (its gzip layers count as they are, compressed).</summary>
    public long MaxArchiveBytes { get; init; } = 256L * 1024 * 1024 * 1024;
    /// <summary>Bytes of one archive entry kept in memory by the pass that indexes the archive; larger ones are streamed again when opened.</summary>
    public int MaxArchiveEntryKeptBytes { get; init; } = 4 * 1024 * 1024;
    /// <summary>Bytes of all archive entries kept in memory by that pass.</summary>
    public long MaxArchiveKeptBytes { get; init; } = 64L * 1024 * 1024;
    /// <summary>Bytes of one index, manifest, configuration or docker-save manifest.json, each read whole.</summary>
    public int MaxJsonBytes { get; init; } = 4 * 1024 * 1024;
    /// <summary>Image manifests one archive may hold.</summary>
    public int MaxImages { get; init; } = 64;
    /// <summary>How deep image indexes may nest below index.json.</summary>
    public int MaxIndexDepth { get; init; } = 4;
    /// <summary>
    /// Descriptors visited while walking index.json and the indexes it nests, one reached along several paths counted
    /// each time: indexes that point at each other many times over would otherwise be walked exponentially often.
    /// </summary>
    public int MaxDescriptors { get; init; } = 10_000;
    /// <summary>
    /// Distinct nested indexes read. Each one the indexing pass did not keep in memory costs a read of the archive up to
    /// it, so this (with <see cref="MaxImages"/>) bounds how often the archive is read before any layer is.
    /// </summary>
    public int MaxIndexes { get; init; } = 128;

    // The layers.

    public int MaxLayers { get; init; } = 256;
    public int MaxEntriesPerLayer { get; init; } = 1_000_000;
    /// <summary>Paths in the final file system, all layers applied.</summary>
    public int MaxFiles { get; init; } = 2_000_000;
    /// <summary>Characters in an entry name or link target (Linux's PATH_MAX is 4096).</summary>
    public int MaxPathLength { get; init; } = 4096;
    /// <summary>Bytes of one PAX extended header or GNU long name/link, which tar readers hold whole in memory.</summary>
    public int MaxHeaderBytes { get; init; } = 1024 * 1024;
    /// <summary>Uncompressed bytes of one layer.</summary>
    public long MaxLayerBytes { get; init; } = 20L * 1024 * 1024 * 1024;
    /// <summary>Uncompressed bytes per compressed byte a layer may reach once it has expanded past <see cref="RatioCheckAfterBytes"/>.</summary>
    public int MaxCompressionRatio { get; init; } = 200;
    public long RatioCheckAfterBytes { get; init; } = 1024L * 1024 * 1024;
    /// <summary>Bytes of file content kept in memory for the whole image.</summary>
    public long MaxContentBytes { get; init; } = 256L * 1024 * 1024;
    /// <summary>Bytes of one file handed to <see cref="IFileInterest.Inspect"/>; the buffer is reused, so this is what inspection holds at once.</summary>
    public int MaxInspectedFileBytes { get; init; } = 16 * 1024 * 1024;

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxArchiveEntries);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxArchiveBytes);
        ArgumentOutOfRangeException.ThrowIfNegative(MaxArchiveEntryKeptBytes);
        ArgumentOutOfRangeException.ThrowIfNegative(MaxArchiveKeptBytes);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxJsonBytes);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxImages);
        ArgumentOutOfRangeException.ThrowIfNegative(MaxIndexDepth);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxDescriptors);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxIndexes);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxLayers);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxEntriesPerLayer);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxFiles);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxPathLength);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxHeaderBytes);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxLayerBytes);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxCompressionRatio);
        ArgumentOutOfRangeException.ThrowIfNegative(RatioCheckAfterBytes);
        ArgumentOutOfRangeException.ThrowIfNegative(MaxContentBytes);
        ArgumentOutOfRangeException.ThrowIfNegative(MaxInspectedFileBytes);
    }
}
