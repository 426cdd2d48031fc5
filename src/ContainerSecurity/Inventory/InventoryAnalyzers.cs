namespace ContainerSecurity.Inventory;

/// <summary>The one list of inventory analyzers: adding one is adding its file and one line here.</summary>
public static class InventoryAnalyzers
{
    public static IReadOnlyList<IInventoryAnalyzer> All { get; } =
    [
        new OsReleaseAnalyzer(),
        new DpkgStatusAnalyzer(),
        new ChiselManifestAnalyzer(),
        new ApkInstalledAnalyzer(),
        new RpmManifestAnalyzer(),
        new RpmDatabaseAnalyzer(),
        new DotNetDepsAnalyzer(),
        new DotNetRuntimeAnalyzer(),
        new DpkgFileListAnalyzer(),
        new NpmPackageAnalyzer(),
        new PythonPackageAnalyzer(),
    ];
}
