namespace ContainerSecurity.Images.Layers;

/// <summary>
/// An image's final file system, all layers applied, read in one streaming pass without extracting anything: every
/// path's metadata, and the content of the files an <see cref="IFileInterest"/> asked for. Links are followed only
/// inside the image root.
/// </summary>
public sealed class ImageFileSystem
{
    private readonly Dictionary<string, FileEntry> _files;

    /// <summary>The layers in the order they were applied.</summary>
    public IReadOnlyList<LayerInfo> Layers { get; }

    /// <summary>Every path of the final file system, ordered by path (ordinal).</summary>
    public IReadOnlyList<ImageFile> Files { get; }

    /// <summary>
    /// Layer-cache files that were damaged or did not match, one message each (file, what was wrong, that the layer
    /// was read again): the CSEC5011 warnings.
    /// </summary>
    public IReadOnlyList<string> DiscardedCacheEntries { get; }

    private ImageFileSystem(Dictionary<string, FileEntry> files, IReadOnlyList<LayerInfo> layers, IReadOnlyList<string> discardedCacheEntries)
    {
        _files = files;
        Layers = layers;
        DiscardedCacheEntries = discardedCacheEntries;
        var sorted = new ImageFile[files.Count];
        var i = 0;
        foreach (var entry in files.Values)
        {
            sorted[i++] = entry.File;
        }
        Array.Sort(sorted, (a, b) => string.CompareOrdinal(a.Path, b.Path));
        Files = sorted;
    }

    /// <summary>Reads every layer of <paramref name="image"/> once, in order, from <paramref name="archive"/>.</summary>
    /// <exception cref="ImageFormatException">A layer is corrupt, does not match its digest, or goes past a limit.</exception>
    /// <param name="cache">Per-layer results from earlier scans with the same interest; a layer found there is not read again.</param>
    public static ImageFileSystem Read(ImageArchive archive, ContainerImage image, IFileInterest interest, ImageReadLimits? limits = null, CancellationToken ct = default, LayerCache? cache = null)
    {
        ArgumentNullException.ThrowIfNull(archive);
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(interest);
        limits ??= ImageReadLimits.Default;
        limits.Validate();
        if (image.Layers.Count > limits.MaxLayers)
        {
            throw new ImageFormatException($"Image {image.DisplayName} has {image.Layers.Count} layers, more than the {limits.MaxLayers} allowed.");
        }
        var isBase = BaseLayers.Classify(image.ConfigBytes, image.Layers.Count);
        var merger = new LayerMerger(limits);
        var walker = new LayerWalker(archive, interest, limits, ct);
        var layers = new LayerInfo[image.Layers.Count];
        var discarded = new List<string>();
        for (var i = 0; i < layers.Length; i++)
        {
            var descriptor = image.Layers[i];
            ct.ThrowIfCancellationRequested();
            string? problem = null;
            var cached = cache?.TryLoad(descriptor, limits, limits.MaxContentBytes - walker.KeptBytes, out problem);
            if (problem is not null)
            {
                discarded.Add(problem);
            }
            if (cached is not null)
            {
                walker.CountKept(cached.ContentBytes);
                cached.ReplayInto(merger, i, descriptor.Digest, isBase[i]);
                layers[i] = new LayerInfo(i, descriptor.Digest, cached.CompressedSize, cached.UncompressedSize, merger.EndLayer(), isBase[i], FromCache: true);
                continue;
            }
            var recorder = cache is null ? null : new RecordingLayerSink(merger);
            var diffId = image.Config.DiffIds.Count == image.Layers.Count ? image.Config.DiffIds[i] : null;
            var (compressed, uncompressed) = walker.Read(i, descriptor, isBase[i], (ILayerSink?)recorder ?? merger, diffId);
            if (recorder is not null)
            {
                recorder.Record.CompressedSize = compressed;
                recorder.Record.UncompressedSize = uncompressed;
                cache!.Store(descriptor.Digest, recorder.Record, limits);
            }
            layers[i] = new LayerInfo(i, descriptor.Digest, compressed, uncompressed, merger.EndLayer(), isBase[i]);
        }
        return new ImageFileSystem(merger.Files, layers, discarded);
    }

    /// <summary>The entry at exactly this path, links not followed.</summary>
    public ImageFile? Find(string path) => _files.TryGetValue(ImagePath.Clamp(path), out var entry) ? entry.File : null;

    /// <summary>
    /// What the path leads to, following symlinks (in any component) and hard links inside the image root; null when it
    /// leads nowhere, or through more than 40 links.
    /// </summary>
    public ImageFile? Resolve(string path) => LinkResolver.Walk(_files, path, followFinalHardLink: true)?.File;

    /// <summary>
    /// The kept content of the file at the path, symlinks followed; for a hard link, the content of the file it linked
    /// to. Null when the file's content was not wanted, or the path leads nowhere. The array is shared: do not modify it.
    /// </summary>
    public byte[]? ReadContent(string path) => LinkResolver.Walk(_files, path, followFinalHardLink: false)?.Content;

    /// <summary>
    /// What the interest's inspection found in the file at exactly this path (links not followed), as the layer that
    /// last wrote the path saw it; null when the file was not inspected. A path a later layer deleted or replaced
    /// takes its findings with it.
    /// </summary>
    public FileFindings? FindingsOf(string path) => _files.TryGetValue(path, out var entry) ? entry.Findings : null;
}
