namespace ContainerSecurity.Inventory;

/// <summary>A package database or manifest in the image cannot be read; the walker reports it and goes on with the other files.</summary>
public sealed class InventoryFormatException(string path, string problem, Exception? inner = null)
    : Exception($"{path}: {problem}", inner)
{
    public string Path { get; } = path;
}
