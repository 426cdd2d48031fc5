namespace ContainerSecurity.Inventory;

/// <summary>What is installed in one image: its distribution and every package found, in a stable order.</summary>
/// <param name="Sources">The OS package lists the packages were read from (dpkg status, status.d, chisel manifest), by path.</param>
public sealed record Inventory(OsInfo Os, IReadOnlyList<Package> Packages)
{
    public IReadOnlyList<PackageListSource> Sources { get; init; } = [];
}
