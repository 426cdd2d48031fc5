using System.Diagnostics;
using ContainerSecurity.Tests.Fixtures;

namespace ContainerSecurity.Tests.Cli;

/// <summary>The command line as a user runs it: real process, real output, real exit codes.</summary>
[TestClass]
public sealed class CliTests
{
    [TestMethod]
    [DataRow("tar.gz")]
    [DataRow("layout")]
    [DataRow("docker-save")]
    public void A_root_image_prints_CSEC2001_in_MSBuild_format_and_exits_1(string format)
    {
        var builder = new OciImageBuilder();
        builder.AddImage(user: "root");
        var dir = OciImageBuilder.TempDirectory();
        var path = format switch
        {
            "tar.gz" => builder.WriteArchive(Path.Combine(dir, "image.tar.gz")),
            "layout" => builder.WriteLayout(Path.Combine(dir, "layout")),
            _ => builder.WriteDockerSave(Path.Combine(dir, "save.tar")),
        };

        var (exit, output) = Run("image", path);

        Assert.AreEqual(1, exit, output);
        StringAssert.Matches(output, new System.Text.RegularExpressions.Regex(@": error CSEC2001: Image linux/amd64 runs as user 'root'"));
    }

    [TestMethod]
    public void A_clean_image_exits_0_and_writes_the_requested_reports()
    {
        var builder = new OciImageBuilder();
        builder.AddImage(user: "app");
        var dir = OciImageBuilder.TempDirectory();
        var path = builder.WriteArchive(Path.Combine(dir, "image.tar.gz"));

        var (exit, output) = Run("image", path, "--report-dir", Path.Combine(dir, "reports"), "--format", "json");

        Assert.AreEqual(0, exit, output);
        Assert.IsTrue(File.Exists(Path.Combine(dir, "reports", "container-security.json")));
        Assert.IsFalse(File.Exists(Path.Combine(dir, "reports", "container-security.sarif")));
    }

    [TestMethod]
    public void The_spdx_and_cyclonedx_formats_write_flat_SBOMs_that_pass_their_schemas()
    {
        var builder = new OciImageBuilder();
        builder.AddLayeredImage([new TestLayer()
            .File("etc/os-release", "ID=debian\nVERSION_ID=\"12\"\n")
            .File("var/lib/dpkg/status", "Package: curl\nStatus: install ok installed\nArchitecture: amd64\nVersion: 7.88.1-10+deb12u5\n\n").Gzip()], user: "app");
        var dir = OciImageBuilder.TempDirectory();
        var path = builder.WriteArchive(Path.Combine(dir, "image.tar.gz"));

        Directory.CreateDirectory(Path.Combine(dir, "osv", "Debian"));
        using (var zip = System.IO.Compression.ZipFile.Open(Path.Combine(dir, "osv", "Debian", "all.zip"), System.IO.Compression.ZipArchiveMode.Create))
        {
            // A mirror whose one advisory is for another package.
            using var entry = new StreamWriter(zip.CreateEntry("DSA-0000-1.json").Open());
            entry.Write("""{"id":"DSA-0000-1","modified":"2024-01-01T00:00:00Z","affected":[{"package":{"ecosystem":"Debian:12","name":"zzz"},"ranges":[{"type":"ECOSYSTEM","events":[{"introduced":"0"},{"fixed":"1.0"}]}]}]}""");
        }

        var (exit, output) = Run("image", path, "--report-dir", Path.Combine(dir, "reports"), "--format", "cyclonedx,spdx",
            "--osv-url", Path.Combine(dir, "osv"), "--cache-dir", Path.Combine(dir, "cache"));

        Assert.AreEqual(0, exit, output);
        var spdx = File.ReadAllText(Path.Combine(dir, "reports", "container-security.spdx.json"));
        var cdx = File.ReadAllText(Path.Combine(dir, "reports", "container-security.cdx.json"));
        Reports.OfficialSchemas.AssertValidSpdx(spdx);
        Reports.OfficialSchemas.AssertValidCycloneDx(cdx);
        StringAssert.Contains(spdx, "\"referenceLocator\": \"pkg:deb/debian/curl@7.88.1-10%2Bdeb12u5");
        var bom = System.Text.Json.Nodes.JsonNode.Parse(cdx)!;
        Assert.AreEqual("container", (string)bom["metadata"]!["component"]!["type"]!);
        Assert.IsTrue(bom["components"]!.AsArray().Any(c => (string?)c!["name"] == "curl" && c["purl"] is not null), "curl is a top-level component with its purl");
    }

    [TestMethod]
    public void An_unknown_report_format_is_bad_usage_not_a_silent_no_report()
    {
        var (exit, output) = Run("image", "/nonexistent/image.tar", "--format", "sarif,spdx-json");

        Assert.AreEqual(2, exit, output);
        StringAssert.Contains(output, "unknown report format 'spdx-json'; use sarif, json, cyclonedx, spdx, markdown");
    }

    [TestMethod]
    public void NoWarn_reports_the_finding_as_info_and_exits_0()
    {
        var builder = new OciImageBuilder();
        builder.AddImage(user: null);
        var path = builder.WriteArchive(Path.Combine(OciImageBuilder.TempDirectory(), "image.tar.gz"));

        var (exit, output) = Run("image", path, "--nowarn", "CSEC2001");

        Assert.AreEqual(0, exit, output);
        StringAssert.Contains(output, ": info CSEC2001:");
    }

    [TestMethod]
    public void The_dockerfile_verb_prints_findings_at_their_line_and_exits_by_level()
    {
        var dir = OciImageBuilder.TempDirectory();
        var warnOnly = Path.Combine(dir, "warn.Dockerfile");
        File.WriteAllText(warnOnly, "FROM debian:12\nRUN apt-get install -y curl\nUSER app\n");
        var broken = Path.Combine(dir, "broken.Dockerfile");
        File.WriteAllText(broken, "FROM debian:12\nFOO bar\n");

        var (exit, output) = Run("dockerfile", warnOnly);
        Assert.AreEqual(0, exit, output);
        StringAssert.Contains(output, $"{warnOnly}(2,1): warning DL3008:");

        var (brokenExit, brokenOutput) = Run("dockerfile", broken);
        Assert.AreEqual(1, brokenExit, brokenOutput);
        StringAssert.Contains(brokenOutput, $"{broken}(2,1): error CSEC1000:");
    }

    [TestMethod]
    public void Bad_usage_exits_2()
    {
        Assert.AreEqual(2, Run().Exit);
        Assert.AreEqual(2, Run("image").Exit);
        Assert.AreEqual(2, Run("image", "x.tar", "--no-such-option").Exit);
    }

    [TestMethod]
    public void The_analysis_level_decides_whether_a_new_rule_fails()
    {
        var builder = new OciImageBuilder();
        builder.AddImage(user: "app", new Dictionary<string, string> { ["etc/os-release"] = "ID=debian\nVERSION_ID=\"10\"\nVERSION_CODENAME=buster\n" });
        var path = builder.WriteArchive(Path.Combine(OciImageBuilder.TempDirectory(), "image.tar.gz"));

        var (exit, output) = Run("image", path);
        Assert.AreEqual(0, exit, output);
        StringAssert.Contains(output, "warning CSEC5009:");

        var (latestExit, latestOutput) = Run("image", path, "--analysis-level", "latest");
        Assert.AreEqual(1, latestExit, latestOutput);
        StringAssert.Contains(latestOutput, "error CSEC5009:");
    }

    [TestMethod]
    public void The_network_timeout_option_bounds_a_mirror_that_never_answers()
    {
        using var mirror = new LoopbackHttpServer(async (_, _) => await Task.Delay(TimeSpan.FromSeconds(60)));
        var builder = new OciImageBuilder();
        builder.AddImage(user: "app", new Dictionary<string, string>
        {
            ["etc/os-release"] = "ID=debian\nVERSION_ID=\"12\"\nVERSION_CODENAME=bookworm\n",
            ["var/lib/dpkg/status"] = "Package: zlib1g\nStatus: install ok installed\nArchitecture: amd64\nSource: zlib\nVersion: 1:1.2.13.dfsg-1\n\n",
        });
        var dir = OciImageBuilder.TempDirectory();
        var path = builder.WriteArchive(Path.Combine(dir, "image.tar.gz"));
        var clock = Stopwatch.StartNew();

        var (exit, output) = Run("image", path, "--osv-url", mirror.BaseUrl, "--cache-dir", Path.Combine(dir, "cache"), "--network-timeout", "2");

        Assert.AreEqual(1, exit, output);
        StringAssert.Contains(output, "error CSEC9008");
        StringAssert.Contains(output, mirror.BaseUrl.TrimEnd('/') + " did not answer for 2 s while downloading");
        Assert.IsLessThan(60, clock.Elapsed.TotalSeconds);
    }

    [TestMethod]
    public void An_unreadable_archive_is_CSEC9001_and_exits_1()
    {
        var (exit, output) = Run("image", "/nonexistent/image.tar");
        Assert.AreEqual(1, exit);
        StringAssert.Contains(output, "error CSEC9001");
        Assert.DoesNotContain("   at ", output);
    }

    private static (int Exit, string Output) Run(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ContainerSecurity.Cli.dll"));
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout + stderr.Result);
    }
}
