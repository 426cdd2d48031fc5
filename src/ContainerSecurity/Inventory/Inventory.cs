namespace ContainerSecurity.Inventory;

/// <summary>What is installed in one image: its distribution and every package found, in a stable order.</summary>
public sealed record Inventory(OsInfo Os, IReadOnlyList<Package> Packages);
