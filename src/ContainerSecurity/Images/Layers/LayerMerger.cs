namespace ContainerSecurity.Images.Layers;

/// <summary>
/// Stacks layers as overlay file systems do. Within a layer, whiteouts (<c>.wh.NAME</c>) and opaque directories
/// (<c>.wh..wh..opq</c>) hide what lower layers wrote, never what the same layer writes; a non-directory replaces a lower
/// directory with everything below it; then the layer's entries replace lower ones path by path.
/// </summary>
internal sealed class LayerMerger : ILayerSink
{
    private readonly ImageReadLimits _limits;
    private readonly Dictionary<string, FileEntry> _files = new(StringComparer.Ordinal);
    // Every directory that holds or held a path, listed or implied by a deeper path. A superset is enough: it only
    // decides whether hiding a path needs a scan of everything below it.
    private readonly HashSet<string> _directories = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _directoryLookup;
    private readonly Dictionary<string, FileEntry> _layer = new(StringComparer.Ordinal);
    private readonly HashSet<string> _whiteouts = new(StringComparer.Ordinal);
    private readonly HashSet<string> _opaque = new(StringComparer.Ordinal);

    public LayerMerger(ImageReadLimits limits)
    {
        _limits = limits;
        _directoryLookup = _directories.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public Dictionary<string, FileEntry> Files => _files;

    /// <summary>A path as the current layer sees it so far: its own earlier entries over the lower layers.</summary>
    public FileEntry? Find(string path) => _layer.TryGetValue(path, out var entry) || _files.TryGetValue(path, out entry) ? entry : null;

    public void Add(FileEntry entry) => _layer[entry.File.Path] = entry;

    public void WhiteOut(string path) => _whiteouts.Add(path);

    public void MakeOpaque(string directory) => _opaque.Add(directory);

    /// <summary>Applies the current layer over the lower ones.</summary>
    /// <returns>How many paths the layer wrote.</returns>
    public int EndLayer()
    {
        if (_opaque.Contains(ImagePath.Root))
        {
            _files.Clear();
        }
        var hidden = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in _whiteouts)
        {
            _files.Remove(path);
            AddIfDirectory(hidden, path);
        }
        foreach (var path in _opaque)
        {
            AddIfDirectory(hidden, path);
        }
        foreach (var (path, entry) in _layer)
        {
            if (entry.File.Kind != FileKind.Directory)
            {
                AddIfDirectory(hidden, path);
            }
        }
        if (hidden.Count > 0)
        {
            RemoveBelow(hidden);
        }
        foreach (var (path, entry) in _layer)
        {
            _files[path] = entry;
            AddDirectories(path, entry.File.Kind == FileKind.Directory);
        }
        if (_files.Count > _limits.MaxFiles)
        {
            throw new ImageFormatException($"The image's file system has more than {_limits.MaxFiles} paths.");
        }
        var written = _layer.Count;
        _layer.Clear();
        _whiteouts.Clear();
        _opaque.Clear();
        return written;
    }

    private void AddIfDirectory(HashSet<string> hidden, string path)
    {
        if (_directories.Contains(path))
        {
            hidden.Add(path);
        }
    }

    private void RemoveBelow(HashSet<string> directories)
    {
        var lookup = directories.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var path in _files.Keys)
        {
            var span = path.AsSpan();
            for (var slash = span.LastIndexOf('/'); slash > 0; slash = span[..slash].LastIndexOf('/'))
            {
                if (lookup.Contains(span[..slash]))
                {
                    // Removing while enumerating is allowed for Dictionary since .NET Core 3.0.
                    _files.Remove(path);
                    break;
                }
            }
        }
    }

    private void AddDirectories(string path, bool isDirectory)
    {
        if (isDirectory && !_directories.Add(path))
        {
            return;
        }
        var span = path.AsSpan();
        for (var slash = span.LastIndexOf('/'); slash > 0; slash = span[..slash].LastIndexOf('/'))
        {
            // Ancestors of a listed directory are listed already.
            if (!_directoryLookup.Add(span[..slash]))
            {
                return;
            }
        }
    }
}
