using System.Text.Json.Nodes;
using ContainerSecurity.Build.Tests.Infrastructure;

namespace ContainerSecurity.Build.Tests;

/// <summary>
/// VEX through the real publish, against the same mirror as <see cref="VulnerabilityGateTests"/>: the critical zlib CVE
/// that fails the publish there is marked not_affected by an OpenVEX document, so the same publish passes and pushes.
/// </summary>
[TestClass]
public sealed class VexGateTests
{
    [TestMethod]
    public void A_not_affected_statement_lets_the_publish_through_and_the_suppression_is_in_the_SARIF_and_OpenVEX_reports()
    {
        var project = new TestProject(properties: $"""
                <ContainerSecurityOsvUrl>{AdvisoryMirror.Vulnerable}</ContainerSecurityOsvUrl>
                <ContainerSecurityCacheDirectory>$(MSBuildProjectDirectory)/advisory-cache</ContainerSecurityCacheDirectory>
                <ContainerSecurityReportDirectory>$(MSBuildProjectDirectory)/reports</ContainerSecurityReportDirectory>
                <ContainerSecurityReportFormats>sarif;json;openvex</ContainerSecurityReportFormats>
            """, items: """
                <ContainerSecurityVexDocument Include="vex/*.json" />
                <ContainerSecuritySuppress Include="DSA-5673-1" Justification="no ISO-2022-CN-EXT input" />
            """, baseImage: Services.NonRootBase);
        Directory.CreateDirectory(Path.Combine(project.Directory, "vex"));
        File.WriteAllText(Path.Combine(project.Directory, "vex", "zlib.json"), """
            {
              "@context": "https://openvex.dev/ns/v0.2.0",
              "@id": "https://example.com/vex/zlib-2026-001",
              "author": "App security team",
              "timestamp": "2026-01-15T10:00:00Z",
              "version": 1,
              "statements": [
                {
                  "vulnerability": { "name": "CVE-2023-45853" },
                  "products": [ { "@id": "pkg:deb/debian/zlib1g" } ],
                  "status": "not_affected",
                  "justification": "vulnerable_code_not_present",
                  "impact_statement": "MiniZip is not built into Debian's zlib1g"
                }
              ]
            }
            """);

        var result = project.Publish($"-p:ContainerRegistry={Services.Registry}");

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.IsNotNull(RegistryProbe.ManifestDigest(Services.Registry, project.Repository, "latest"), "the image is pushed");
        Assert.IsFalse(TestProject.Diagnostics(result).Any(d => d.Code.StartsWith("CSEC300", StringComparison.Ordinal)), "no vulnerability is a warning or error");
        StringAssert.Contains(result.Output, "(2 suppressed)");

        var reports = Path.Combine(project.Directory, "reports");
        var sarif = JsonNode.Parse(File.ReadAllText(Path.Combine(reports, "container-security.sarif")))!;
        var suppression = sarif["runs"]![0]!["results"]!.AsArray().Single(r => (string)r!["ruleId"]! == "CVE-2023-45853")!["suppressions"]![0]!;
        Assert.AreEqual("external", (string)suppression["kind"]!);
        Assert.AreEqual("vex/zlib.json", (string)suppression["properties"]!["vexDocument"]!);
        Assert.AreEqual("not_affected", (string)suppression["properties"]!["vexStatus"]!);
        Assert.AreEqual("vulnerable_code_not_present", (string)suppression["properties"]!["vexJustification"]!);

        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(reports, "container-security.json")))!;
        var finding = json["findings"]!.AsArray().Single(f => (string?)f!["vulnerability"]?["id"] == "CVE-2023-45853")!;
        Assert.AreEqual("VEX vex/zlib.json: CVE-2023-45853 not_affected (vulnerable_code_not_present; MiniZip is not built into Debian's zlib1g)", (string)finding["suppressedBy"]!);
        Assert.AreEqual("note", (string)finding["level"]!);

        var openVex = JsonNode.Parse(File.ReadAllText(Path.Combine(reports, "container-security.openvex.json")))!;
        var statement = openVex["statements"]!.AsArray().Single()!;
        Assert.AreEqual("CVE-2024-2961", (string)statement["vulnerability"]!["name"]!, "the item suppressed glibc's advisory by its DSA alias");
        Assert.AreEqual("no ISO-2022-CN-EXT input", (string)statement["impact_statement"]!);
        StringAssert.StartsWith((string)statement["products"]![0]!["@id"]!, "pkg:oci/");
        StringAssert.StartsWith((string)statement["products"]![0]!["subcomponents"]![0]!["@id"]!, "pkg:deb/debian/libc6@2.36-9%2Bdeb12u4");
    }

    [TestMethod]
    public void A_malformed_VEX_document_fails_the_publish_naming_the_file_and_nothing_is_pushed()
    {
        var project = new TestProject(properties: $"""
                <ContainerSecurityOsvUrl>{AdvisoryMirror.Vulnerable}</ContainerSecurityOsvUrl>
                <ContainerSecurityCacheDirectory>$(MSBuildProjectDirectory)/advisory-cache</ContainerSecurityCacheDirectory>
                <ContainerSecurityFailOn>None</ContainerSecurityFailOn>
            """, items: """
                <ContainerSecurityVexDocument Include="vex/*.json" />
            """, baseImage: Services.NonRootBase);
        Directory.CreateDirectory(Path.Combine(project.Directory, "vex"));
        File.WriteAllText(Path.Combine(project.Directory, "vex", "broken.json"), """{ "@context": "https://openvex.dev/ns/v0.2.0", "statements": [] }""");

        var result = project.Publish($"-p:ContainerRegistry={Services.Registry}");

        Assert.AreNotEqual(0, result.ExitCode, result.ToString());
        var error = TestProject.Diagnostics(result).Single(d => d.Code == "CSEC9006");
        Assert.AreEqual("error", error.Level);
        Assert.AreEqual(Path.Combine(project.Directory, "vex", "broken.json"), error.File);
        StringAssert.Contains(error.Message, "The VEX document 'vex/broken.json' cannot be used: the document has no timestamp");
        Assert.IsNull(RegistryProbe.ManifestDigest(Services.Registry, project.Repository, "latest"));
    }
}
