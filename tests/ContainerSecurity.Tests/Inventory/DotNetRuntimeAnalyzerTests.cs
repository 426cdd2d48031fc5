using System.Runtime.InteropServices;
using ContainerSecurity.Inventory;

namespace ContainerSecurity.Tests.Inventory;

[TestClass]
public sealed class DotNetRuntimeAnalyzerTests
{
    [TestMethod]
    public void Reads_the_runtime_these_tests_run_on()
    {
        var runtimeDirectory = RuntimeEnvironment.GetRuntimeDirectory().TrimEnd('/');
        var version = Path.GetFileName(runtimeDirectory);
        var depsFile = Path.Combine(runtimeDirectory, "Microsoft.NETCore.App.deps.json");
        if (!File.Exists(depsFile))
        {
            Assert.Inconclusive($"{runtimeDirectory} is not a shared framework folder.");
        }
        var imagePath = $"/usr/share/dotnet/shared/Microsoft.NETCore.App/{version}/Microsoft.NETCore.App.deps.json";

        var runtime = InventoryTesting.Analyze(new DotNetRuntimeAnalyzer(), (imagePath, File.ReadAllBytes(depsFile))).Packages.Single();

        Assert.AreEqual(
            new Package
            {
                Name = "Microsoft.NETCore.App.Runtime." + RuntimeInformation.RuntimeIdentifier,
                Version = version,
                Architecture = RuntimeInformation.RuntimeIdentifier,
                Type = PackageType.DotNetRuntime,
                Ecosystem = "NuGet",
                Purl = $"pkg:nuget/Microsoft.NETCore.App.Runtime.{RuntimeInformation.RuntimeIdentifier}@{version}",
                FoundAt = imagePath,
            },
            runtime);
        StringAssert.StartsWith(RuntimeInformation.FrameworkDescription, ".NET " + version.Split('-')[0]);
    }

    [TestMethod]
    public void Reads_the_installed_ASP_NET_Core_framework()
    {
        var aspNetRoot = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", "Microsoft.AspNetCore.App"));
        var versionDirectory = Directory.Exists(aspNetRoot) ? Directory.GetDirectories(aspNetRoot).Order(StringComparer.Ordinal).FirstOrDefault() : null;
        if (versionDirectory is null)
        {
            Assert.Inconclusive("ASP.NET Core is not installed next to this runtime.");
        }
        var version = Path.GetFileName(versionDirectory);
        var imagePath = $"/usr/share/dotnet/shared/Microsoft.AspNetCore.App/{version}/Microsoft.AspNetCore.App.deps.json";

        var runtime = InventoryTesting.Analyze(new DotNetRuntimeAnalyzer(), (imagePath, File.ReadAllBytes(Path.Combine(versionDirectory, "Microsoft.AspNetCore.App.deps.json")))).Packages.Single();

        Assert.AreEqual($"Microsoft.AspNetCore.App.Runtime.{RuntimeInformation.RuntimeIdentifier} {version}", $"{runtime.Name} {runtime.Version}");
    }

    [TestMethod]
    public void Without_a_RID_target_the_runtime_pack_listed_gives_the_RID()
    {
        var deps = """
            {
              "runtimeTarget": { "name": ".NETCoreApp,Version=v8.0", "signature": "" },
              "libraries": {
                "Microsoft.NETCore.App.Runtime.linux-musl-arm64/8.0.11": { "type": "package", "serviceable": true, "sha512": "", "path": "microsoft.netcore.app.runtime.linux-musl-arm64/8.0.11" }
              }
            }
            """;

        var runtime = InventoryTesting.Analyze(new DotNetRuntimeAnalyzer(), ("/usr/share/dotnet/shared/Microsoft.NETCore.App/8.0.11/Microsoft.NETCore.App.deps.json", deps)).Packages.Single();

        Assert.AreEqual("Microsoft.NETCore.App.Runtime.linux-musl-arm64 8.0.11 linux-musl-arm64", $"{runtime.Name} {runtime.Version} {runtime.Architecture}");
    }

    [TestMethod]
    [DataRow("{ broken")]
    [DataRow("{}")]
    public void Without_a_RID_the_generic_framework_name_and_the_folder_version_stay(string deps)
    {
        var runtime = InventoryTesting.Analyze(new DotNetRuntimeAnalyzer(), ("/opt/dotnet/shared/Microsoft.NETCore.App/6.0.36/Microsoft.NETCore.App.deps.json", deps)).Packages.Single();

        Assert.AreEqual("Microsoft.NETCore.App 6.0.36 - pkg:nuget/Microsoft.NETCore.App@6.0.36", $"{runtime.Name} {runtime.Version} {runtime.Architecture ?? "-"} {runtime.Purl}");
    }

    [TestMethod]
    public void Several_installed_versions_are_all_listed()
    {
        var deps = "{\"runtimeTarget\":{\"name\":\".NETCoreApp,Version=v8.0/linux-x64\"}}";

        var inventory = InventoryTesting.Analyze(
            new DotNetRuntimeAnalyzer(),
            ("/usr/share/dotnet/shared/Microsoft.NETCore.App/8.0.11/Microsoft.NETCore.App.deps.json", deps),
            ("/usr/share/dotnet/shared/Microsoft.NETCore.App/6.0.36/Microsoft.NETCore.App.deps.json", deps.Replace("v8.0", "v6.0")),
            ("/usr/share/dotnet/shared/Microsoft.AspNetCore.App/8.0.11/Microsoft.AspNetCore.App.deps.json", deps));

        CollectionAssert.AreEqual(
            new[] { "Microsoft.AspNetCore.App.Runtime.linux-x64 8.0.11", "Microsoft.NETCore.App.Runtime.linux-x64 6.0.36", "Microsoft.NETCore.App.Runtime.linux-x64 8.0.11" },
            inventory.Packages.Select(p => $"{p.Name} {p.Version}").ToList());
    }

    [TestMethod]
    [DataRow("/usr/share/dotnet/shared/Microsoft.NETCore.App/8.0.11/Microsoft.NETCore.App.deps.json", true)]
    [DataRow("/usr/lib/dotnet/shared/Microsoft.AspNetCore.App/9.0.0-rc.2.24473.5/Microsoft.AspNetCore.App.deps.json", true)]
    [DataRow("/dotnet/shared/Microsoft.WindowsDesktop.App/8.0.11/Microsoft.WindowsDesktop.App.deps.json", true)]
    [DataRow("/usr/share/dotnet/shared/Microsoft.NETCore.App/8.0.11/Microsoft.AspNetCore.App.deps.json", false)]
    [DataRow("/usr/share/dotnet/shared/Microsoft.NETCore.App/8.0.11/System.Private.CoreLib.dll", false)]
    [DataRow("/usr/share/dotnet/shared/Other.App/8.0.11/Other.App.deps.json", false)]
    [DataRow("/app/app.deps.json", false)]
    public void Wants_the_shared_frameworks_deps_json(string path, bool wanted) =>
        Assert.AreEqual(wanted, new DotNetRuntimeAnalyzer().Required(path, 1000));
}
