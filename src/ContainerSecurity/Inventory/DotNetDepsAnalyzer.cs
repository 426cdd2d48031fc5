namespace ContainerSecurity.Inventory;

/// <summary>
/// The packages an app was built with, from its *.deps.json: NuGet packages at their exact versions, project references,
/// and the runtime pack a self-contained app carries (recorded as <see cref="PackageType.DotNetRuntime"/>).
/// The shared frameworks' own deps.json belong to <see cref="DotNetRuntimeAnalyzer"/>.
/// </summary>
public sealed class DotNetDepsAnalyzer : IInventoryAnalyzer
{
    private const string RuntimePackPrefix = "runtimepack.";
    private const long MaxSize = 64L * 1024 * 1024;

    public string Name => "dotnet-deps";

    public int Version => 1;

    public bool Required(string path, long size) =>
        size <= MaxSize
        && path.EndsWith(".deps.json", StringComparison.Ordinal)
        && !DotNetFrameworks.TryParseFrameworkDeps(path, out _, out _);

    public void Analyze(string path, ReadOnlyMemory<byte> content, InventoryBuilder inventory)
    {
        foreach (var library in DepsJson.Parse(path, content).Libraries)
        {
            var record = library.Type switch
            {
                "runtimepack" => Runtime(library.Name.StartsWith(RuntimePackPrefix, StringComparison.Ordinal) ? library.Name[RuntimePackPrefix.Length..] : library.Name, library.Version, path),
                // A shared framework's own deps.json lists its runtime pack as a package; copied elsewhere, it still names the runtime.
                "package" when DotNetFrameworks.IsRuntimePack(library.Name, out _) => Runtime(library.Name, library.Version, path),
                "package" => Record(library, PackageType.NuGet, path),
                "project" or "msbuildproject" => Record(library, PackageType.DotNetProject, path),
                _ => null,
            };
            if (record is not null)
            {
                inventory.AddPackage(record);
            }
        }
    }

    private static PackageRecord Runtime(string packId, string version, string path) => new()
    {
        Name = packId,
        Version = version,
        Architecture = DotNetFrameworks.IsRuntimePack(packId, out var rid) ? rid : null,
        Type = PackageType.DotNetRuntime,
        FoundAt = path,
    };

    private static PackageRecord Record(DepsJson.Library library, PackageType type, string path) => new()
    {
        Name = library.Name,
        Version = library.Version,
        Type = type,
        FoundAt = path,
    };
}
