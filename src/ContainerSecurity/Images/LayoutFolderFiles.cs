namespace ContainerSecurity.Images;

/// <summary>An OCI image layout on disk. Paths never leave the layout's root, through a link or otherwise.</summary>
internal sealed class LayoutFolderFiles(string root) : IArchiveFiles
{
    private readonly string _root = Path.GetFullPath(root);

    private string Resolve(string path)
    {
        var full = Path.GetFullPath(Path.Combine(_root, path));
        if (!full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ImageFormatException($"The layout refers to '{path}', which lies outside its folder.");
        }
        // The file and every folder between it and the root: a linked folder (blobs -> /) would lead outside too.
        for (var at = full; at.Length > _root.Length; at = Path.GetDirectoryName(at)!)
        {
            if (new FileInfo(at).LinkTarget is not null)
            {
                throw new ImageFormatException($"'{Path.GetRelativePath(_root, at)}' in the layout is a symbolic link; layouts with links are not read.");
            }
        }
        return full;
    }

    public bool Exists(string path) => File.Exists(Resolve(path));

    public long SizeOf(string path) => new FileInfo(Resolve(path)).Length;

    public byte[] ReadAll(string path, long limit)
    {
        var full = Resolve(path);
        if (!File.Exists(full))
        {
            throw new ImageFormatException($"The layout has no '{path}'.");
        }
        var length = new FileInfo(full).Length;
        if (length > limit)
        {
            throw new ImageFormatException($"'{path}' is {length} bytes, more than the {limit} allowed for it.");
        }
        return File.ReadAllBytes(full);
    }

    public Stream Open(string path)
    {
        var full = Resolve(path);
        if (!File.Exists(full))
        {
            throw new ImageFormatException($"The layout has no '{path}'.");
        }
        return File.OpenRead(full);
    }

    public void Dispose() { }
}
