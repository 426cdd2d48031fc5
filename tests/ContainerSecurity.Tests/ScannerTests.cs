using System.Text.Json;
using ContainerSecurity.Findings;
using ContainerSecurity.Tests.Fixtures;

namespace ContainerSecurity.Tests;

[TestClass]
public sealed class ScannerTests
{
    [TestMethod]
    public void A_root_image_fails_with_CSEC2001_and_reports_are_written()
    {
        var builder = new OciImageBuilder();
        var digest = builder.AddImage(user: null);
        var dir = OciImageBuilder.TempDirectory();
        var archive = builder.WriteArchive(Path.Combine(dir, "image.tar.gz"));

        var result = Scanner.Scan(new ScanRequest { Images = [archive], ReportDirectory = Path.Combine(dir, "reports") });

        Assert.IsTrue(result.HasErrors);
        var finding = result.Findings.Single();
        Assert.AreEqual("CSEC2001", finding.Code);
        Assert.AreEqual(digest, finding.ImageDigest);
        Assert.HasCount(2, result.Reports);
        using var sarif = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "reports", "container-security.sarif")));
        Assert.AreEqual("CSEC2001", sarif.RootElement.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("ruleId").GetString());
    }

    [TestMethod]
    public void A_non_root_image_passes()
    {
        var builder = new OciImageBuilder();
        builder.AddImage(user: "app");
        var archive = builder.WriteArchive(Path.Combine(OciImageBuilder.TempDirectory(), "image.tar.gz"));

        var result = Scanner.Scan(new ScanRequest { Images = [archive] });

        Assert.IsFalse(result.HasErrors);
        Assert.IsEmpty(result.Findings);
        Assert.HasCount(1, result.Images);
    }

    [TestMethod]
    public void Each_image_of_a_multi_platform_archive_is_checked()
    {
        var builder = new OciImageBuilder();
        builder.AddImage(user: null, arch: "amd64");
        builder.AddImage(user: "0", arch: "arm64");
        var archive = builder.WriteArchive(Path.Combine(OciImageBuilder.TempDirectory(), "multi.tar.gz"));

        var result = Scanner.Scan(new ScanRequest { Images = [archive] });

        Assert.HasCount(2, result.Findings.Where(f => f.Code == "CSEC2001").ToList());
    }

    [TestMethod]
    public void An_unreadable_image_is_CSEC9001_not_an_exception()
    {
        var path = Path.Combine(OciImageBuilder.TempDirectory(), "not-an-image.tar");
        File.WriteAllText(path, "hello");

        var result = Scanner.Scan(new ScanRequest { Images = [path] });

        Assert.AreEqual(DiagnosticCodes.ImageUnreadable, result.Findings.Single().Code);
        Assert.AreEqual(DiagnosticLevel.Error, result.Findings.Single().Level);
    }
}
