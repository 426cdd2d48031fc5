using System.IO.Compression;
using ContainerSecurity.Tests.Fixtures;

namespace ContainerSecurity.Tests.Cli;

/// <summary>--vex through the command line: an image with zlib1g and a loopback OSV mirror saying it has a critical CVE.</summary>
[TestClass]
public sealed class VexCliTests
{
    private static (string Image, string Mirror, string Dir) Setup()
    {
        var builder = new OciImageBuilder();
        builder.AddLayeredImage([new TestLayer()
            .File("etc/os-release", "ID=debian\nVERSION_ID=\"12\"\n")
            .File("var/lib/dpkg/status", "Package: zlib1g\nStatus: install ok installed\nArchitecture: amd64\nSource: zlib\nVersion: 1:1.2.13.dfsg-1\n\n").Gzip()], user: "app");
        var dir = OciImageBuilder.TempDirectory();
        var image = builder.WriteArchive(Path.Combine(dir, "image.tar.gz"));
        Directory.CreateDirectory(Path.Combine(dir, "osv", "Debian"));
        using (var zip = ZipFile.Open(Path.Combine(dir, "osv", "Debian", "all.zip"), ZipArchiveMode.Create))
        {
            using var entry = new StreamWriter(zip.CreateEntry("DEBIAN-CVE-2023-45853.json").Open());
            entry.Write("""
                {"id":"DEBIAN-CVE-2023-45853","upstream":["CVE-2023-45853"],"modified":"2024-01-01T00:00:00Z",
                 "severity":[{"type":"CVSS_V3","score":"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"}],
                 "affected":[{"package":{"ecosystem":"Debian:12","name":"zlib"},"ranges":[{"type":"ECOSYSTEM","events":[{"introduced":"0"}]}]}]}
                """);
        }
        return (image, Path.Combine(dir, "osv"), dir);
    }

    private static string VexFile(string dir, string name, string status, string extra)
    {
        var path = Path.Combine(dir, name);
        File.WriteAllText(path, $$"""
            { "@context": "https://openvex.dev/ns/v0.2.0", "@id": "https://example.com/{{name}}", "author": "me", "timestamp": "2026-01-01T00:00:00Z", "version": 1,
              "statements": [ { "vulnerability": { "name": "CVE-2023-45853" }, "products": [ { "@id": "pkg:deb/debian/zlib1g" } ], "status": "{{status}}"{{extra}} } ] }
            """);
        return path;
    }

    [TestMethod]
    public void Without_VEX_the_critical_CVE_fails_and_with_a_not_affected_statement_the_scan_passes()
    {
        var (image, mirror, dir) = Setup();
        var notAffected = VexFile(dir, "zlib.json", "not_affected", ", \"justification\": \"vulnerable_code_not_present\"");
        var unrelated = VexFile(dir, "other.json", "under_investigation", "");
        string[] common = ["image", image, "--osv-url", mirror, "--cache-dir", Path.Combine(dir, "cache"), "--report-dir", Path.Combine(dir, "reports"), "--format", "sarif,openvex"];

        var (failExit, failOutput) = CliProcess.Run(null, common);
        var (passExit, passOutput) = CliProcess.Run(null, [.. common, "--vex", unrelated, "--vex", notAffected]);

        Assert.AreEqual(1, failExit, failOutput);
        StringAssert.Contains(failOutput, "error CSEC3004: ");
        Assert.AreEqual(0, passExit, passOutput);
        StringAssert.Contains(passOutput, $"(suppressed by VEX {notAffected}: CVE-2023-45853 not_affected (vulnerable_code_not_present))");
        StringAssert.Contains(File.ReadAllText(Path.Combine(dir, "reports", "container-security.sarif")), "\"vexStatus\": \"not_affected\"");
        Assert.IsTrue(File.Exists(Path.Combine(dir, "reports", "container-security.openvex.json")));
    }

    [TestMethod]
    public void A_malformed_VEX_file_is_CSEC9006_and_exit_1()
    {
        var (image, mirror, dir) = Setup();
        var broken = Path.Combine(dir, "broken.json");
        File.WriteAllText(broken, "{ \"@context\": \"https://openvex.dev/ns/v0.2.0\", ");

        var (exit, output) = CliProcess.Run(null, "image", image, "--osv-url", mirror, "--cache-dir", Path.Combine(dir, "cache"), "--fail-on", "None", "--vex", broken);

        Assert.AreEqual(1, exit, output);
        StringAssert.Contains(output, $"error CSEC9006: The VEX document '{broken}' cannot be used: it is not valid JSON");
    }

    [TestMethod]
    public void Vex_without_a_file_is_bad_usage()
    {
        var (exit, output) = CliProcess.Run(null, "image", "/nonexistent/image.tar", "--vex");

        Assert.AreEqual(2, exit, output);
        StringAssert.Contains(output, "option '--vex' needs a value");
    }
}
