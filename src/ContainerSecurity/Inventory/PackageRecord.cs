namespace ContainerSecurity.Inventory;

/// <summary>
/// What an analyzer read about one package, before the image's distribution is known:
/// <see cref="InventoryBuilder.Build"/> turns it into a <see cref="Package"/> with its ecosystem and purl.
/// </summary>
public sealed record PackageRecord
{
    public required string Name { get; init; }

    /// <summary>The version without an rpm epoch; dpkg keeps its epoch inside the version, as dpkg prints it.</summary>
    public required string Version { get; init; }

    /// <summary>Only for formats that store the epoch apart from the version (rpm).</summary>
    public int? Epoch { get; init; }

    public string? SourceName { get; init; }
    public string? SourceVersion { get; init; }
    public string? Architecture { get; init; }
    public required PackageType Type { get; init; }
    public required string FoundAt { get; init; }

    /// <summary>The distribution family this format implies when the image says nothing else (chisel manifests: ubuntu).</summary>
    public string? DefaultFamily { get; init; }

    /// <summary>A summary kept only when no better source lists packages of the same type (container-manifest-1).</summary>
    public bool IsFallback { get; init; }

    public string FullVersion => Epoch is > 0 ? $"{Epoch}:{Version}" : Version;
}
