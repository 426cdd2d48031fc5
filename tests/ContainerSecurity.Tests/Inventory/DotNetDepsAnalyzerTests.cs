using ContainerSecurity.Inventory;

namespace ContainerSecurity.Tests.Inventory;

[TestClass]
public sealed class DotNetDepsAnalyzerTests
{
    // dotnet publish of a framework-dependent web app with a project reference; "reference" entries come from old-style assembly references.
    private const string FrameworkDependentApp = """
        {
          "runtimeTarget": { "name": ".NETCoreApp,Version=v8.0", "signature": "" },
          "compilationOptions": {},
          "targets": {
            ".NETCoreApp,Version=v8.0": {
              "Shop.Api/1.0.0": { "dependencies": { "Serilog": "3.1.1", "Shop.Domain": "1.0.0" }, "runtime": { "Shop.Api.dll": {} } },
              "Serilog/3.1.1": { "runtime": { "lib/net7.0/Serilog.dll": { "assemblyVersion": "2.0.0.0", "fileVersion": "3.1.1.0" } } },
              "System.Text.Json/8.0.4": { "runtime": { "lib/net8.0/System.Text.Json.dll": {} } },
              "Shop.Domain/1.0.0": { "runtime": { "Shop.Domain.dll": {} } },
              "Legacy.Interop/1.0.0.0": { "runtime": { "Legacy.Interop.dll": {} } }
            }
          },
          "libraries": {
            "Shop.Api/1.0.0": { "type": "project", "serviceable": false, "sha512": "" },
            "Serilog/3.1.1": { "type": "package", "serviceable": true, "sha512": "sha512-P6G4/4Kt9bT635bhuwdXlJ2SCqqn2nhh4gqFqQueCOr9bK/e7W9ll/IoX1Ter948cV2Z/5+5v8pAfJYUISY03A==", "path": "serilog/3.1.1", "hashPath": "serilog.3.1.1.nupkg.sha512" },
            "System.Text.Json/8.0.4": { "type": "package", "serviceable": true, "sha512": "sha512-bAkhgDJ88XTsqczoxEMliSrpijKZHhbJQldhAmObj/RbrN3sU5dcokuXmWJWsdQAhiMJ9bTayWsL1C9fbbCRhw==", "path": "system.text.json/8.0.4", "hashPath": "system.text.json.8.0.4.nupkg.sha512" },
            "Shop.Domain/1.0.0": { "type": "project", "serviceable": false, "sha512": "" },
            "Legacy.Interop/1.0.0.0": { "type": "reference", "serviceable": false, "sha512": "" }
          }
        }
        """;

    [TestMethod]
    public void Lists_packages_and_projects_and_skips_references()
    {
        var inventory = InventoryTesting.Analyze(new DotNetDepsAnalyzer(), ("/app/Shop.Api.deps.json", FrameworkDependentApp));

        CollectionAssert.AreEqual(
            new[]
            {
                "NuGet Serilog 3.1.1 pkg:nuget/Serilog@3.1.1",
                "NuGet System.Text.Json 8.0.4 pkg:nuget/System.Text.Json@8.0.4",
                "DotNetProject Shop.Api 1.0.0 pkg:nuget/Shop.Api@1.0.0",
                "DotNetProject Shop.Domain 1.0.0 pkg:nuget/Shop.Domain@1.0.0",
            },
            inventory.Packages.Select(p => $"{p.Type} {p.Name} {p.Version} {p.Purl}").ToList());
        Assert.IsTrue(inventory.Packages.All(p => p.Ecosystem == "NuGet" && p.FoundAt == "/app/Shop.Api.deps.json"));
    }

    [TestMethod]
    public void A_self_contained_app_carries_its_runtime_pack()
    {
        // Fixtures/selfcontained-app.deps.json: dotnet publish -r linux-x64 --self-contained of a console app using Newtonsoft.Json.
        var inventory = InventoryTesting.Analyze(new DotNetDepsAnalyzer(), ("/app/app.deps.json", InventoryTesting.Fixture("selfcontained-app.deps.json")));

        CollectionAssert.AreEqual(
            new[]
            {
                "NuGet Newtonsoft.Json 13.0.3 - pkg:nuget/Newtonsoft.Json@13.0.3",
                "DotNetRuntime Microsoft.NETCore.App.Runtime.linux-x64 10.0.12 linux-x64 pkg:nuget/Microsoft.NETCore.App.Runtime.linux-x64@10.0.12",
                "DotNetProject app 1.0.0 - pkg:nuget/app@1.0.0",
            },
            inventory.Packages.Select(p => $"{p.Type} {p.Name} {p.Version} {p.Architecture ?? "-"} {p.Purl}").ToList());
    }

    [TestMethod]
    public void A_self_contained_web_app_carries_both_runtime_packs()
    {
        var deps = """
            {
              "runtimeTarget": { "name": ".NETCoreApp,Version=v8.0/linux-musl-arm64", "signature": "" },
              "libraries": {
                "Web/1.0.0": { "type": "project", "serviceable": false, "sha512": "" },
                "runtimepack.Microsoft.NETCore.App.Runtime.linux-musl-arm64/8.0.11": { "type": "runtimepack", "serviceable": false, "sha512": "" },
                "runtimepack.Microsoft.AspNetCore.App.Runtime.linux-musl-arm64/8.0.11": { "type": "runtimepack", "serviceable": false, "sha512": "" }
              }
            }
            """;

        var runtimes = InventoryTesting.Analyze(new DotNetDepsAnalyzer(), ("/app/Web.deps.json", deps)).Packages.Where(p => p.Type == PackageType.DotNetRuntime);

        CollectionAssert.AreEqual(
            new[] { "Microsoft.AspNetCore.App.Runtime.linux-musl-arm64 8.0.11 linux-musl-arm64", "Microsoft.NETCore.App.Runtime.linux-musl-arm64 8.0.11 linux-musl-arm64" },
            runtimes.Select(p => $"{p.Name} {p.Version} {p.Architecture}").ToList());
    }

    [TestMethod]
    public void The_same_package_in_two_apps_is_listed_for_each()
    {
        var inventory = InventoryTesting.Analyze(new DotNetDepsAnalyzer(), ("/app/a/A.deps.json", FrameworkDependentApp), ("/app/b/B.deps.json", FrameworkDependentApp));

        CollectionAssert.AreEqual(
            new[] { "/app/a/A.deps.json", "/app/b/B.deps.json" },
            inventory.Packages.Where(p => p.Name == "Serilog").Select(p => p.FoundAt).ToList());
    }

    [TestMethod]
    [DataRow("{ not json")]
    [DataRow("[1, 2]")]
    public void What_is_not_a_deps_json_is_an_error(string content) =>
        Assert.ThrowsExactly<InventoryFormatException>(() => new DotNetDepsAnalyzer().Analyze("/app/x.deps.json", System.Text.Encoding.UTF8.GetBytes(content), new InventoryBuilder()));

    [TestMethod]
    public void A_deps_json_without_libraries_lists_nothing() =>
        Assert.IsEmpty(InventoryTesting.Analyze(new DotNetDepsAnalyzer(), ("/app/x.deps.json", "{\"runtimeTarget\":{\"name\":\".NETCoreApp,Version=v8.0\"}}")).Packages);

    [TestMethod]
    [DataRow("/app/Shop.Api.deps.json", true)]
    [DataRow("/usr/share/dotnet/sdk/8.0.404/dotnet.deps.json", true)]
    [DataRow("/usr/share/dotnet/shared/Microsoft.NETCore.App/8.0.11/Microsoft.NETCore.App.deps.json", false)]
    [DataRow("/usr/share/dotnet/shared/Microsoft.AspNetCore.App/8.0.11/Microsoft.AspNetCore.App.deps.json", false)]
    [DataRow("/app/Shop.Api.runtimeconfig.json", false)]
    [DataRow("/app/Shop.Api.deps.json.bak", false)]
    public void Wants_app_deps_json_but_not_the_shared_frameworks(string path, bool wanted) =>
        Assert.AreEqual(wanted, new DotNetDepsAnalyzer().Required(path, 1000));
}
