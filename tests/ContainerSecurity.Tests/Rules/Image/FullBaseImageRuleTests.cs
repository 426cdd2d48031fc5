using ContainerSecurity.Analysis;
using ContainerSecurity.Findings;
using ContainerSecurity.Images;
using ContainerSecurity.Rules;
using ContainerSecurity.Rules.Image;
using ContainerSecurity.Settings;
using ContainerSecurity.Tests.Fixtures;

namespace ContainerSecurity.Tests.Rules.Image;

[TestClass]
public sealed class FullBaseImageRuleTests
{
    private const string AppDeps = """{"runtimeTarget":{"name":".NETCoreApp,Version=v10.0"},"targets":{".NETCoreApp,Version=v10.0":{"MyApp/1.0.0":{}}},"libraries":{"MyApp/1.0.0":{"type":"project","serviceable":false,"sha512":""}}}""";
    private const string Dpkg = "Package: curl\nStatus: install ok installed\nArchitecture: amd64\nVersion: 7.88.1-10\n\nPackage: libc6\nStatus: install ok installed\nArchitecture: amd64\nVersion: 2.36-9\n\n";

    private static TestLayer DebianWithApp() => new TestLayer()
        .File("etc/os-release", "ID=debian\nVERSION_ID=\"12\"\n")
        .File("var/lib/dpkg/status", Dpkg)
        .Symlink("bin", "usr/bin")
        .File("usr/bin/dash", "ELF", "755")
        .Symlink("usr/bin/sh", "dash")
        .File("usr/bin/dpkg", "ELF", "755")
        .File("usr/bin/apt-get", "ELF", "755")
        .File("app/MyApp.deps.json", AppDeps);

    [TestMethod]
    public void A_NET_app_on_Debian_with_a_shell_and_apt_gets_a_message_naming_the_chiseled_family()
    {
        var hit = Check(DebianWithApp()).Single();

        StringAssert.Contains(hit.Message, "carries a shell (/bin/sh), a package manager (apt) and 2 OS packages");
        StringAssert.Contains(hit.Message, "<ContainerFamily>noble-chiseled</ContainerFamily>");
        StringAssert.Contains(hit.Message, "noble-chiseled-extra if the app needs ICU");
        Assert.AreEqual(DiagnosticLevel.Note, new FullBaseImageRule().Info.DefaultLevel);
    }

    [TestMethod]
    public void InvariantGlobalization_false_names_the_extra_variant_and_ASP_NET_Core_the_composite()
    {
        var layer = DebianWithApp().File("usr/share/dotnet/shared/Microsoft.AspNetCore.App/10.0.0/Microsoft.AspNetCore.App.deps.json",
            """{"runtimeTarget":{"name":".NETCoreApp,Version=v10.0/linux-x64"},"targets":{".NETCoreApp,Version=v10.0/linux-x64":{}},"libraries":{}}""");

        var hit = Check(layer, new ImageSettings { InvariantGlobalization = false }).Single();

        StringAssert.Contains(hit.Message, "<ContainerFamily>noble-chiseled-composite-extra</ContainerFamily>");
        StringAssert.Contains(hit.Message, "InvariantGlobalization is false");
    }

    [TestMethod]
    public void The_finding_points_at_the_project_line_that_sets_ContainerFamily()
    {
        var project = Path.Combine(OciImageBuilder.TempDirectory(), "app.csproj");
        File.WriteAllText(project, "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n    <ContainerFamily>bookworm-slim</ContainerFamily>\n  </PropertyGroup>\n</Project>\n");

        var hit = Check(DebianWithApp(), locator: new SettingLocator(project, [project])).Single();

        Assert.AreEqual(project, hit.Location!.File);
        Assert.AreEqual(3, hit.Location.Line);
    }

    [TestMethod]
    public void Apk_and_rpm_family_managers_count_too()
    {
        var alpine = new TestLayer().File("etc/os-release", "ID=alpine\nVERSION_ID=3.20.0\n").File("bin/busybox", "ELF", "755").Symlink("bin/sh", "busybox")
            .File("sbin/apk", "ELF", "755").File("app/MyApp.deps.json", AppDeps);
        var azure = new TestLayer().File("etc/os-release", "ID=azurelinux\nVERSION_ID=3.0\n").File("usr/bin/bash", "ELF", "755")
            .File("usr/bin/tdnf", "ELF", "755").File("app/MyApp.deps.json", AppDeps);

        StringAssert.Contains(Check(alpine).Single().Message, "a package manager (apk)");
        StringAssert.Contains(Check(azure).Single().Message, "a package manager (tdnf)");
    }

    [TestMethod]
    public void No_message_without_a_shell_without_a_package_manager_or_without_a_NET_app()
    {
        var noShell = new TestLayer().File("var/lib/dpkg/status", Dpkg).File("usr/bin/dpkg", "ELF", "755").File("usr/bin/apt-get", "ELF", "755").File("app/MyApp.deps.json", AppDeps);
        var noManager = new TestLayer().File("var/lib/dpkg/status", Dpkg).File("bin/sh", "ELF", "755").File("app/MyApp.deps.json", AppDeps);
        var noApp = new TestLayer().File("var/lib/dpkg/status", Dpkg).File("bin/sh", "ELF", "755").File("usr/bin/dpkg", "ELF", "755").File("usr/bin/apt-get", "ELF", "755");

        Assert.IsEmpty(Check(noShell));
        Assert.IsEmpty(Check(noManager));
        Assert.IsEmpty(Check(noApp));
    }

    private static List<RuleHit> Check(TestLayer layer, ImageSettings? settings = null, SettingLocator? locator = null)
    {
        var builder = new OciImageBuilder();
        builder.AddLayeredImage([layer.Gzip()], user: "app");
        var path = builder.WriteArchive(Path.Combine(OciImageBuilder.TempDirectory(), "image.tar.gz"));
        using var archive = ImageArchive.Open(path);
        var image = archive.Images.Single();
        var analysis = ImageAnalyzer.Analyze(archive, image);
        var context = new ImageContext(image, locator ?? SettingLocator.None, settings ?? new ImageSettings(), analysis);
        return new FullBaseImageRule().Check(context).ToList();
    }
}
