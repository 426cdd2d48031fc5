using ContainerSecurity.Findings;
using ContainerSecurity.Tests.Fixtures;

namespace ContainerSecurity.Tests.Rules;

/// <summary>The rules that read the image's files, on real layered images scanned end to end by the engine.</summary>
[TestClass]
public sealed class FileSystemRulesTests
{
    private const string DpkgStatus = """
        Package: base-files
        Status: install ok installed
        Architecture: amd64
        Version: 12.4+deb12u5

        Package: vim-tiny
        Status: install ok installed
        Architecture: amd64
        Source: vim
        Version: 2:9.0.1378-2

        Package: curl
        Status: install ok installed
        Architecture: amd64
        Version: 7.88.1-10+deb12u5

        """;

    private static IReadOnlyList<Finding> Scan(string? user, TestLayer baseLayer, TestLayer appLayer, ContainerSecurity.Rules.ImageSettings? policy = null)
    {
        var builder = new OciImageBuilder();
        builder.AddLayeredImage([baseLayer.Gzip(), appLayer.Gzip()], user: user);
        var archive = builder.WriteArchive(Path.Combine(OciImageBuilder.TempDirectory(), "image.tar.gz"));
        return Scanner.Scan(new ScanRequest { Images = [archive], ImagePolicy = policy ?? new ContainerSecurity.Rules.ImageSettings() }).Findings;
    }

    private static TestLayer Debian() => new TestLayer()
        .File("etc/os-release", "ID=debian\nVERSION_ID=\"12\"\nPRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\n")
        .File("etc/passwd", "root:x:0:0:root:/root:/bin/bash\ntoor:x:0:0::/root:/bin/sh\napp:x:1654:1654::/home/app:/bin/sh\n")
        .File("var/lib/dpkg/status", DpkgStatus)
        .File("var/lib/dpkg/info/vim-tiny.list", "/usr/bin/vim.tiny\n")
        .Directory("tmp", "1777")
        .Directory("var/cache/shared", "777");

    private static TestLayer App() => new TestLayer().File("app/app.dll", "MZ").File("app/appsettings.json", "{ \"Logging\": {} }");

    [TestMethod]
    public void A_user_name_that_passwd_maps_to_uid_0_runs_as_root()
    {
        var finding = Scan("toor", Debian(), App()).Single(f => f.Code == "CSEC2001");
        StringAssert.Contains(finding.Message, "maps to uid 0");
        Assert.IsEmpty(Scan("app", Debian(), App()).Where(f => f.Code == "CSEC2001").ToList());
    }

    [TestMethod]
    public void Unnecessary_packages_are_named_with_their_version_and_layer()
    {
        var findings = Scan("app", Debian(), App()).Where(f => f.Code == "CSEC2002").ToList();

        Assert.HasCount(2, findings);
        StringAssert.Contains(findings.Single(f => f.Message.Contains("vim-tiny")).Message, "2:9.0.1378-2 (layer 1, from the base image)");
        Assert.IsTrue(findings.Any(f => f.Message.Contains("curl 7.88.1-10+deb12u5")));
    }

    [TestMethod]
    public void The_unnecessary_package_list_can_be_extended_and_reduced()
    {
        var policy = new ContainerSecurity.Rules.ImageSettings { AllowedPackages = ["curl", "vim-tiny"], UnnecessaryPackages = ["base-files"] };
        var findings = Scan("app", Debian(), App(), policy).Where(f => f.Code == "CSEC2002").ToList();
        StringAssert.Contains(findings.Single().Message, "base-files");
    }

    [TestMethod]
    public void Setuid_files_added_by_the_app_are_caught_but_the_base_images_are_not()
    {
        var baseLayer = Debian().File("usr/bin/passwd", "ELF", mode: "4755");
        var app = App().File("app/helper", "ELF", mode: "4755").File("app/group-tool", "ELF", mode: "2755");

        var findings = Scan("app", baseLayer, app).Where(f => f.Code == "CSEC2003").ToList();

        Assert.HasCount(2, findings);
        Assert.IsFalse(findings.Any(f => f.Message.Contains("/usr/bin/passwd")));
    }

    [TestMethod]
    public void World_writable_directories_need_the_sticky_bit()
    {
        var finding = Scan("app", Debian(), App()).Single(f => f.Code == "CSEC2004");
        StringAssert.Contains(finding.Message, "/var/cache/shared");
    }

    [TestMethod]
    public void Secrets_in_files_are_found_masked_and_placed()
    {
        const string password = "Pr0dDbPassw0rd!x";
        var app = App().File("app/appsettings.Production.json", "{\n  \"ConnectionStrings\": {\n    \"Db\": \"Server=db;User Id=app;Password=" + password + ";\"\n  }\n}\n");

        var finding = Scan("app", Debian(), app).Single(f => f.Code == "CSEC4001");

        StringAssert.Contains(finding.Message, "/app/appsettings.Production.json");
        StringAssert.Contains(finding.Message, "line 3");
        StringAssert.Contains(finding.Message, "added by the app's layers");
        Assert.DoesNotContain(password, finding.Message);
    }

    [TestMethod]
    public void The_inventory_and_origin_reach_the_result()
    {
        var builder = new OciImageBuilder();
        builder.AddLayeredImage([Debian().Gzip(), App().Gzip()], user: "app");
        var archive = builder.WriteArchive(Path.Combine(OciImageBuilder.TempDirectory(), "image.tar.gz"));

        var image = Scanner.Scan(new ScanRequest { Images = [archive] }).Images.Single();

        Assert.AreEqual("Debian:12", image.Os!.OsvEcosystem);
        CollectionAssert.AreEquivalent(new[] { "base-files", "vim-tiny", "curl" }, image.Packages.Select(p => p.Package.Name).ToList());
        Assert.IsTrue(image.Packages.All(p => p.FromBaseImage == true));
    }

    [TestMethod]
    public void Files_too_big_or_binary_for_the_secret_scan_are_counted_in_the_summary()
    {
        var app = App().File("app/huge.json", new string('x', 600 * 1024)).File("app/blob.config", new byte[] { 1, 0, 2, 0 });
        var builder = new OciImageBuilder();
        builder.AddLayeredImage([Debian().Gzip(), app.Gzip()], user: "app");
        var archive = builder.WriteArchive(Path.Combine(OciImageBuilder.TempDirectory(), "image.tar.gz"));

        var result = Scanner.Scan(new ScanRequest { Images = [archive] });

        Assert.AreEqual(2, result.Images.Single().SecretScanSkipped);
        StringAssert.Contains(result.Summary, "2 file(s) that could hold secrets were not read");
        StringAssert.Contains(result.Summary, "3 package(s)");
    }
}
