using ContainerSecurity.Inventory;

namespace ContainerSecurity;

/// <summary>What was scanned, so the build can deliver exactly that and say which digest it was, and what it holds.</summary>
public sealed record ScannedImage(string Archive, string ManifestDigest, string ConfigDigest, string? Platform, IReadOnlyList<string> Tags)
{
    public OsInfo? Os { get; init; }
    public IReadOnlyList<InstalledPackage> Packages { get; init; } = [];
    /// <summary>Files the analysis could not read (not in the format their path promises), so the summary can say so.</summary>
    public IReadOnlyList<string> Skipped { get; init; } = [];
    /// <summary>Files that might hold secrets but were not read (binary, or over the size the secret scanner reads).</summary>
    public int SecretScanSkipped { get; init; }
    /// <summary>The layers as read: digest, sizes, file count, base or application, from the layer cache or not.</summary>
    public IReadOnlyList<Images.Layers.LayerInfo> Layers { get; init; } = [];
}

/// <summary>A package and the layer that brought it.</summary>
public sealed record InstalledPackage(Package Package, string? LayerDigest, bool? FromBaseImage);
