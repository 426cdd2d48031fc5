namespace ContainerSecurity.Advisories.Index;

/// <summary>The compact on-disk index of one ecosystem's advisories: written once per download, read by name.</summary>
public static class AdvisoryIndexFile
{
    /// <summary>Writes the index atomically: a temporary file beside <paramref name="path"/>, then moved over it.</summary>
    public static void Write(IEnumerable<AdvisoryEntry> entries, string path) => AdvisoryIndexWriter.Write(entries, path);

    /// <summary>Opens an index reading only its header and name table; <see cref="IAdvisoryIndex.Find"/> decodes one name at a time.
    /// The result holds the file open (a rebuild can still replace it) and is <see cref="IDisposable"/>; its Find throws
    /// <see cref="InvalidDataException"/> for a name whose block is damaged.</summary>
    /// <exception cref="InvalidDataException">Not an index of this format version, or truncated or corrupt: rebuild it.</exception>
    public static IAdvisoryIndex Open(string path) => AdvisoryIndexReader.Open(path);
}
