namespace ContainerSecurity.Inventory;

/// <summary>One installed package, named the way advisories name it.</summary>
public sealed record Package
{
    public required string Name { get; init; }

    /// <summary>The full version as the package manager compares it, epoch included (1:2.4.47-2, 1:3.3.2-1.azl3).</summary>
    public required string Version { get; init; }

    public string? SourceName { get; init; }
    public string? SourceVersion { get; init; }
    public string? Architecture { get; init; }
    public required PackageType Type { get; init; }

    /// <summary>The OSV ecosystem name (Debian, Ubuntu, Alpine, Azure Linux, NuGet, ...); empty when no OSV ecosystem covers the distribution.</summary>
    public required string Ecosystem { get; init; }

    public required string Purl { get; init; }

    /// <summary>The database, manifest or deps.json the package was read from.</summary>
    public required string FoundAt { get; init; }
}
