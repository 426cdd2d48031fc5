using ContainerSecurity.Images.Layers;
using ContainerSecurity.Inventory;

namespace ContainerSecurity.Analysis;

/// <summary>What one pass over an image's layers found: its final files, what is installed, and secrets in files.</summary>
/// <param name="SecretScanSkipped">Files that might hold secrets but were not read: binary, or bigger than the secret scanner reads.</param>
public sealed record ImageAnalysis(ImageFileSystem FileSystem, Inventory.Inventory Inventory, IReadOnlyList<FileSecret> Secrets, IReadOnlyList<string> Skipped, int SecretScanSkipped = 0)
{
    /// <summary>The layer that brought a package: dpkg's per-package file list when there is one, else the database file.</summary>
    public ImageFile? Origin(Package package)
    {
        if (package.Type == PackageType.Dpkg)
        {
            foreach (var name in new[] { package.Name, $"{package.Name}:{package.Architecture}" })
            {
                if (FileSystem.Find($"/var/lib/dpkg/info/{name}.list") is { } list)
                {
                    return list;
                }
            }
        }
        return FileSystem.Find(package.FoundAt);
    }
}
