namespace ContainerSecurity.Images.Layers;

/// <summary>
/// Says which files' content a reader keeps in memory, and which it inspects as they stream past (keeping only what
/// the inspection found); the bytes of every other file are streamed past unread.
/// </summary>
public interface IFileInterest
{
    /// <param name="path">The normalized absolute path, e.g. <c>/etc/passwd</c>.</param>
    /// <param name="size">The content length the layer declares.</param>
    bool Wants(string path, long size);

    /// <summary>Whether the file's bytes are handed to <see cref="Inspect"/> (at most <see cref="ImageReadLimits.MaxInspectedFileBytes"/> of them).</summary>
    bool Inspects(string path, long size) => false;

    /// <summary>Looks at a file's whole content once; the bytes are gone after the call, the findings are kept with the file.</summary>
    FileFindings Inspect(string path, ReadOnlySpan<byte> content) => FileFindings.Nothing;
}
