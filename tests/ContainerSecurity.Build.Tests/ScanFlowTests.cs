using System.Text.Json;
using ContainerSecurity.Build.Tests.Infrastructure;

namespace ContainerSecurity.Build.Tests;

/// <summary>
/// The flow for teams that build images another way (docker build, buildah) and scan them with
/// `dotnet build -t:ContainerSecurityScan`: same diagnostics, same reports, same exit code as the publish gate.
/// </summary>
[TestClass]
public sealed class ScanFlowTests
{
    private static string PublishedArchive()
    {
        var producer = new TestProject(properties: "    <ContainerUser>app</ContainerUser>");
        var archive = Path.Combine(producer.Directory, "out", "app.tar.gz");
        var published = producer.Publish($"-p:ContainerArchiveOutputPath={archive}");
        Assert.AreEqual(0, published.ExitCode, published.ToString());
        return archive;
    }

    private static TestProject Scanner() => new(properties: $"""
            <ContainerSecurityOsvUrl>{AdvisoryMirror.Vulnerable}</ContainerSecurityOsvUrl>
            <ContainerSecurityCacheDirectory>$(MSBuildProjectDirectory)/advisory-cache</ContainerSecurityCacheDirectory>
            <ContainerSecurityReportFormats>sarif;json;cyclonedx;markdown</ContainerSecurityReportFormats>
        """);

    [TestMethod]
    public void An_archive_scan_fails_like_the_gate_and_writes_every_report()
    {
        var archive = PublishedArchive();
        var scanner = Scanner();

        var result = scanner.Run("build", "-t:ContainerSecurityScan", "-nologo", "--disable-build-servers", $"-p:ContainerSecurityImageArchive={archive}");

        Assert.AreEqual(1, result.ExitCode, result.ToString());
        var diagnostics = TestProject.Diagnostics(result);
        Assert.AreEqual("error", diagnostics.Single(d => d.Code == "CSEC3004").Level);
        Assert.AreEqual("error", diagnostics.Single(d => d.Code == "CSEC3003").Level);
        StringAssert.Contains(result.Output, "Vulnerabilities: 1 critical, 1 high");

        var reports = Path.Combine(scanner.Directory, "obj", "Debug", "net10.0", "container-security");
        using var sarif = JsonDocument.Parse(File.ReadAllText(Path.Combine(reports, "container-security.sarif")));
        var results = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        Assert.IsTrue(results.Any(r => r.GetProperty("message").GetProperty("text").GetString()!.Contains("CVE-2023-45853")), "SARIF has the finding");
        var cyclonedx = File.ReadAllText(Path.Combine(reports, "container-security.cdx.json"));
        StringAssert.Contains(cyclonedx, "\"vulnerabilities\"");
        StringAssert.Contains(cyclonedx, "CVE-2023-45853");
        StringAssert.Contains(File.ReadAllText(Path.Combine(reports, "container-security.json")), "CVE-2024-2961");
        StringAssert.Contains(File.ReadAllText(Path.Combine(reports, "container-security.md")), "CVE-2023-45853");
    }

    [TestMethod]
    public void A_daemon_image_scan_reports_the_same_vulnerabilities()
    {
        var archive = PublishedArchive();
        var reference = "scanflow/app" + Guid.NewGuid().ToString("N")[..6] + ":1";
        var load = ProcessRunner.Run("podman", ["--url", Services.PodmanSocket, "load", "-i", archive], Path.GetDirectoryName(archive)!);
        Assert.AreEqual(0, load.ExitCode, load.ToString());
        var loadedName = load.Output.Split('\n').Select(l => l.Trim()).Last(l => l.StartsWith("Loaded image", StringComparison.Ordinal));
        var loaded = loadedName[(loadedName.IndexOf(':') + 1)..].Trim();
        var tag = ProcessRunner.Run("podman", ["--url", Services.PodmanSocket, "tag", loaded, reference], Path.GetDirectoryName(archive)!);
        Assert.AreEqual(0, tag.ExitCode, tag.ToString());
        var scanner = Scanner();
        scanner.Environment["DOCKER_HOST"] = Services.PodmanSocket;

        var result = scanner.Run("build", "-t:ContainerSecurityScan", "-nologo", "--disable-build-servers", $"-p:ContainerSecurityImage={reference}");

        Assert.AreEqual(1, result.ExitCode, result.ToString());
        var codes = TestProject.Diagnostics(result).Select(d => d.Code).ToList();
        CollectionAssert.Contains(codes, "CSEC3004");
        CollectionAssert.Contains(codes, "CSEC3003");
    }
}
