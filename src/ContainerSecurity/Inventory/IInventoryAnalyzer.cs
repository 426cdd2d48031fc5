namespace ContainerSecurity.Inventory;

/// <summary>
/// Reads one kind of file from an image's file system and records what it says is installed.
/// Analyzers are pure: the same path and content always record the same facts.
/// </summary>
public interface IInventoryAnalyzer
{
    string Name { get; }

    /// <summary>Part of the layer cache key: bump it whenever the analyzer would record something different for the same file.</summary>
    int Version { get; }

    /// <summary>Whether the walker should hand this file over; <paramref name="path"/> is absolute inside the image, e.g. /var/lib/dpkg/status.</summary>
    bool Required(string path, long size);

    /// <exception cref="InventoryFormatException">The file is not in the format its path promises.</exception>
    void Analyze(string path, ReadOnlyMemory<byte> content, InventoryBuilder inventory);
}
