namespace ContainerSecurity.Images;

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

    private ImageFileSystem(Dictionary<string, FileEntry> files, IReadOnlyList<LayerInfo> layers)
    {
        _files = files;
        Layers = layers;
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
    public static ImageFileSystem Read(ImageArchive archive, ContainerImage image, IFileInterest interest, ImageReadLimits? limits = null, CancellationToken ct = default)
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
        var walker = new LayerWalker(archive, interest, limits, merger, ct);
        var layers = new LayerInfo[image.Layers.Count];
        for (var i = 0; i < layers.Length; i++)
        {
            layers[i] = walker.Read(i, image.Layers[i], isBase[i]);
        }
        return new ImageFileSystem(merger.Files, layers);
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
}
