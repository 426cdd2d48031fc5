namespace ContainerSecurity.Images.Layers;

/// <summary>
/// A path's metadata; when the interest wanted it, its bytes (shared with the files hard-linked to it); when the
/// interest inspected it, what was found in them.
/// </summary>
internal readonly record struct FileEntry(ImageFile File, byte[]? Content, FileFindings? Findings = null);
