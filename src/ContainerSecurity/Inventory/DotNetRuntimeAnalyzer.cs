namespace ContainerSecurity.Inventory;

/// <summary>
/// .NET shared frameworks installed in the image (.../shared/Microsoft.NETCore.App/8.0.11/ and the ASP.NET Core and Windows Desktop ones),
/// recorded under their runtime pack id (Microsoft.NETCore.App.Runtime.linux-x64) so NuGet advisories for the runtime match them.
/// </summary>
public sealed class DotNetRuntimeAnalyzer : IInventoryAnalyzer
{
    private const long MaxSize = 16L * 1024 * 1024;

    public string Name => "dotnet-runtime";

    public int Version => 1;

    public bool Required(string path, long size) => size <= MaxSize && DotNetFrameworks.TryParseFrameworkDeps(path, out _, out _);

    public void Analyze(string path, ReadOnlyMemory<byte> content, InventoryBuilder inventory)
    {
        if (!DotNetFrameworks.TryParseFrameworkDeps(path, out var framework, out var version))
        {
            return;
        }
        var rid = RuntimeIdentifier(path, content, framework);
        inventory.AddPackage(new PackageRecord
        {
            Name = rid is null ? framework : DotNetFrameworks.RuntimePack(framework, rid),
            // The folder name is the version the host resolves, whatever the file inside says.
            Version = version,
            Architecture = rid,
            Type = PackageType.DotNetRuntime,
            FoundAt = path,
        });
    }

    /// <summary>The RID the framework was built for: its deps.json target, else the runtime pack it lists; null leaves the generic framework name.</summary>
    private static string? RuntimeIdentifier(string path, ReadOnlyMemory<byte> content, string framework)
    {
        DepsJson deps;
        try
        {
            deps = DepsJson.Parse(path, content);
        }
        catch (InventoryFormatException)
        {
            // The folder alone proves the framework and its version are installed; only the RID is lost.
            return null;
        }
        if (deps.RuntimeIdentifier is not null)
        {
            return deps.RuntimeIdentifier;
        }
        foreach (var library in deps.Libraries)
        {
            if (library.Name.StartsWith(framework + ".", StringComparison.Ordinal) && DotNetFrameworks.IsRuntimePack(library.Name, out var rid))
            {
                return rid;
            }
        }
        return null;
    }
}
