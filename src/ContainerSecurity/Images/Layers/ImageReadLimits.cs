namespace ContainerSecurity.Images;

/// <summary>Bounds on what reading an image's layers may cost; going past one is an <see cref="ImageFormatException"/>.</summary>
public sealed record ImageReadLimits
{
    public static ImageReadLimits Default { get; } = new();

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
