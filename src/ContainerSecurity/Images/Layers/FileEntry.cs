namespace ContainerSecurity.Images;

/// <summary>A path's metadata and, when the interest wanted it, its bytes (shared with the files hard-linked to it).</summary>
internal readonly record struct FileEntry(ImageFile File, byte[]? Content);
