using System.Text.Json.Nodes;
using ContainerSecurity.Reports;
using ContainerSecurity.Tests.Fixtures;

namespace ContainerSecurity.Tests.Reports;

/// <summary>
/// The SBOMs in the shape consumers read (Trivy's and Syft's): the image as the root, every package a top-level element
/// with its purl, and the graph image → OS → OS packages, image → app → its NuGet packages; CycloneDX 1.6 and SPDX 2.3
/// both valid against their official schemas.
/// </summary>
[TestClass]
public sealed class SbomShapeTests
{
    private static readonly Lazy<ScanResult> Scan = new(() =>
    {
        var layer = new TestLayer()
            .File("etc/os-release", "ID=debian\nVERSION_ID=\"12\"\nPRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\n")
            .File("var/lib/dpkg/status", "Package: curl\nStatus: install ok installed\nArchitecture: amd64\nVersion: 7.88.1-10+deb12u5\n\n"
                + "Package: libc6\nStatus: install ok installed\nArchitecture: amd64\nVersion: 2.36-9+deb12u7\n\n");
        var app = new TestLayer()
            .File("app/MyApp.deps.json", """{"runtimeTarget":{"name":".NETCoreApp,Version=v10.0"},"targets":{".NETCoreApp,Version=v10.0":{"MyApp/1.0.0":{"dependencies":{"Newtonsoft.Json":"13.0.1"}},"Newtonsoft.Json/13.0.1":{}}},"libraries":{"MyApp/1.0.0":{"type":"project","serviceable":false,"sha512":""},"Newtonsoft.Json/13.0.1":{"type":"package","serviceable":true,"sha512":"sha512-x"}}}""");
        var builder = new OciImageBuilder();
        builder.AddLayeredImage([layer.Gzip(), app.Gzip()], user: "app");
        var archive = builder.WriteArchive(Path.Combine(OciImageBuilder.TempDirectory(), "image.tar.gz"));
        return Scanner.Scan(new ScanRequest { Images = [archive] });
    });

    private static ScannedImage Image => Scan.Value.Images.Single();

    private static string RefOf(string name) => SbomGraph.PackageRef(Image.ManifestDigest, Image.Packages.Single(p => p.Package.Name == name).Package);

    [TestMethod]
    public void CycloneDX_has_the_image_as_metadata_component_and_every_package_top_level_with_its_purl()
    {
        var json = CycloneDxReport.Render(Scan.Value, DateTimeOffset.UnixEpoch);
        OfficialSchemas.AssertValidCycloneDx(json);
        var bom = JsonNode.Parse(json)!;

        var root = bom["metadata"]!["component"]!;
        Assert.AreEqual("container", (string)root["type"]!);
        Assert.AreEqual(Image.ManifestDigest, (string)root["bom-ref"]!);
        var components = bom["components"]!.AsArray();
        Assert.IsTrue(components.All(c => c!["components"] is null), "no component is nested inside another");
        var curl = components.Single(c => (string)c!["name"]! == "curl")!;
        Assert.AreEqual("library", (string)curl["type"]!);
        StringAssert.StartsWith((string)curl["purl"]!, "pkg:deb/debian/curl@7.88.1-10%2Bdeb12u5");
        Assert.AreEqual("/var/lib/dpkg/status", (string)curl["evidence"]!["occurrences"]![0]!["location"]!);
        Assert.IsTrue(curl["properties"]!.AsArray().Any(p => (string)p!["name"]! == "containersecurity:layer" && ((string)p["value"]!).StartsWith("sha256:")));
        Assert.AreEqual("pkg:nuget/Newtonsoft.Json@13.0.1", (string)components.Single(c => (string)c!["name"]! == "Newtonsoft.Json")!["purl"]!);
        var os = components.Single(c => (string)c!["type"]! == "operating-system")!;
        Assert.AreEqual("debian", (string)os["name"]!);
        var app = components.Single(c => (string)c!["name"]! == "MyApp")!;
        Assert.AreEqual("application", (string)app["type"]!);
        Assert.AreEqual("1.0.0", (string)app["version"]!);
        Assert.AreEqual(1, components.Count(c => (string)c!["name"]! == "MyApp"), "the app is one component, not also a library");
    }

    [TestMethod]
    public void CycloneDX_dependencies_go_image_to_OS_to_packages_and_image_to_app_to_its_NuGet_packages()
    {
        var bom = JsonNode.Parse(CycloneDxReport.Render(Scan.Value, DateTimeOffset.UnixEpoch))!;
        var graph = bom["dependencies"]!.AsArray().ToDictionary(d => (string)d!["ref"]!, d => d!["dependsOn"]!.AsArray().Select(x => (string)x!).ToList());
        var components = bom["components"]!.AsArray();
        var osRef = (string)components.Single(c => (string)c!["type"]! == "operating-system")!["bom-ref"]!;
        var appRef = (string)components.Single(c => (string)c!["name"]! == "MyApp")!["bom-ref"]!;

        CollectionAssert.AreEquivalent(new[] { osRef, appRef }, graph[Image.ManifestDigest]);
        CollectionAssert.AreEquivalent(new[] { RefOf("curl"), RefOf("libc6") }, graph[osRef]);
        CollectionAssert.AreEquivalent(new[] { RefOf("Newtonsoft.Json") }, graph[appRef]);
        var refs = components.Select(c => (string)c!["bom-ref"]!).Append(Image.ManifestDigest).ToHashSet();
        Assert.IsTrue(graph.SelectMany(g => g.Value.Append(g.Key)).All(refs.Contains), "every ref in the graph is a component");
        Assert.AreEqual(refs.Count, components.Count + 1, "bom-refs are unique");
    }

    [TestMethod]
    public void SPDX_is_valid_SPDX_2_3_and_relates_image_OS_app_and_packages()
    {
        var json = SpdxReport.Render(Scan.Value, DateTimeOffset.UnixEpoch);
        OfficialSchemas.AssertValidSpdx(json);
        var doc = JsonNode.Parse(json)!;
        var packages = doc["packages"]!.AsArray();
        string Id(Func<JsonNode, bool> match) => (string)packages.Single(p => match(p!))!["SPDXID"]!;
        var image = Id(p => (string?)p["primaryPackagePurpose"] == "CONTAINER");
        var os = Id(p => (string?)p["primaryPackagePurpose"] == "OPERATING_SYSTEM");
        var app = Id(p => (string)p["name"]! == "MyApp");
        var curl = Id(p => (string)p["name"]! == "curl");
        var json13 = Id(p => (string)p["name"]! == "Newtonsoft.Json");
        var relationships = doc["relationships"]!.AsArray().Select(r => ((string)r!["spdxElementId"]!, (string)r["relationshipType"]!, (string)r["relatedSpdxElement"]!)).ToList();

        Assert.AreEqual("SPDX-2.3", (string)doc["spdxVersion"]!);
        CollectionAssert.Contains(relationships, ("SPDXRef-DOCUMENT", "DESCRIBES", image));
        CollectionAssert.Contains(relationships, (image, "CONTAINS", os));
        CollectionAssert.Contains(relationships, (image, "CONTAINS", app));
        CollectionAssert.Contains(relationships, (os, "CONTAINS", curl));
        CollectionAssert.Contains(relationships, (app, "DEPENDS_ON", json13));
        var purl = packages.Single(p => (string)p!["SPDXID"]! == json13)!["externalRefs"]![0]!;
        Assert.AreEqual("""{"referenceCategory":"PACKAGE-MANAGER","referenceType":"purl","referenceLocator":"pkg:nuget/Newtonsoft.Json@13.0.1"}""", purl.ToJsonString());
        Assert.AreEqual(packages.Count, packages.Select(p => (string)p!["SPDXID"]!).Distinct().Count(), "SPDX ids are unique");
    }

    [TestMethod]
    public void Several_images_hang_under_one_root_in_both_formats()
    {
        var a = SampleScan.Create('a');
        var b = SampleScan.Create('k');
        var both = a with { Images = [.. a.Images, .. b.Images], Findings = [.. a.Findings, .. b.Findings] };

        var cdx = CycloneDxReport.Render(both, SampleScan.Context.Now);
        var spdx = SpdxReport.Render(both, SampleScan.Context.Now);

        OfficialSchemas.AssertValidCycloneDx(cdx);
        OfficialSchemas.AssertValidSpdx(spdx);
        var bom = JsonNode.Parse(cdx)!;
        var rootRef = (string)bom["metadata"]!["component"]!["bom-ref"]!;
        var rootDeps = bom["dependencies"]!.AsArray().Single(d => (string)d!["ref"]! == rootRef)!["dependsOn"]!.AsArray().Select(x => (string)x!);
        CollectionAssert.AreEquivalent(both.Images.Select(i => i.ManifestDigest).ToArray(), rootDeps.ToArray());
        Assert.AreEqual(2, bom["components"]!.AsArray().Count(c => (string)c!["name"]! == "libssl3"), "each image lists its own packages");
    }
}
