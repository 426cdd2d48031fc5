namespace ContainerSecurity.Images;

/// <summary>The named files of an image archive or layout folder (index.json, manifest.json, blobs/...).</summary>
internal interface IArchiveFiles : IDisposable
{
    bool Exists(string path);

    long SizeOf(string path);

    /// <summary>Reads a small file (a manifest, index or config) whole; larger than <paramref name="limit"/> is an error.</summary>
    byte[] ReadAll(string path, long limit);

    /// <summary>Streams a file of any size; the caller disposes it.</summary>
    Stream Open(string path);
}
