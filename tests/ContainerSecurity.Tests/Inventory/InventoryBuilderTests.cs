using ContainerSecurity.Inventory;

namespace ContainerSecurity.Tests.Inventory;

[TestClass]
public sealed class InventoryBuilderTests
{
    [TestMethod]
    public void Forgetting_a_file_drops_what_it_said()
    {
        var builder = new InventoryBuilder();
        builder.SetOs("/etc/os-release", OsInfo.Create(OsFamilies.Debian, "12", "bookworm", null), OsEvidence.EtcOsRelease);
        builder.SetOs("/etc/debian_version", OsInfo.Create(OsFamilies.Debian, "11", null, null), OsEvidence.DebianVersion);
        builder.AddPackage(Dpkg("libc6", "2.36-9", "/var/lib/dpkg/status"));
        builder.AddPackage(Dpkg("libssl3", "3.0.14-1", "/var/lib/dpkg/status.d/libssl3"));

        builder.Forget("/etc/os-release");
        builder.Forget("/var/lib/dpkg/status");
        var inventory = builder.Build();

        Assert.AreEqual("11", inventory.Os.VersionId);
        CollectionAssert.AreEqual(new[] { "libssl3" }, inventory.Packages.Select(p => p.Name).ToList());
    }

    [TestMethod]
    public void A_replaced_file_is_read_again_after_forgetting_it()
    {
        var builder = new InventoryBuilder();
        var dpkg = new DpkgStatusAnalyzer();
        dpkg.Analyze("/var/lib/dpkg/status", "Package: curl\nStatus: install ok installed\nVersion: 7.88.1-10\n"u8.ToArray(), builder);

        builder.Forget("/var/lib/dpkg/status");
        dpkg.Analyze("/var/lib/dpkg/status", "Package: curl\nStatus: install ok installed\nVersion: 7.88.1-10+deb12u8\n"u8.ToArray(), builder);

        Assert.AreEqual("7.88.1-10+deb12u8", builder.Build().Packages.Single().Version);
    }

    [TestMethod]
    public void An_os_package_listed_twice_is_kept_once_with_the_richest_record()
    {
        var builder = new InventoryBuilder();
        builder.AddPackage(Dpkg("libc6", "2.36-9", "/var/lib/dpkg/status.d/libc6") with { SourceName = null });
        builder.AddPackage(Dpkg("libc6", "2.36-9", "/var/lib/dpkg/status") with { SourceName = "glibc" });
        builder.AddPackage(Dpkg("libc6", "2.36-9", "/var/lib/dpkg/status") with { Architecture = "i386", SourceName = "glibc" });

        var inventory = builder.Build();

        CollectionAssert.AreEqual(
            new[] { "amd64 glibc /var/lib/dpkg/status", "i386 glibc /var/lib/dpkg/status" },
            inventory.Packages.Select(p => $"{p.Architecture} {p.SourceName} {p.FoundAt}").ToList());
    }

    [TestMethod]
    public void Chisel_wrappers_status_and_the_chisel_manifest_make_one_list_where_the_status_names_the_sources()
    {
        var builder = new InventoryBuilder();
        new ChiselManifestAnalyzer().Analyze("/var/lib/chisel/manifest.wall", InventoryTesting.Fixture("manifest.wall"), builder);
        // The status lists libssl3t64 at the manifest's version, and libc6 at another (a later chisel run): both libc6 are kept.
        new DpkgStatusAnalyzer().Analyze("/var/lib/dpkg/status", "Package: libssl3t64\nSource: openssl\nVersion: 3.0.13-0ubuntu3.4\nArchitecture: amd64\n\nPackage: libc6\nSource: glibc\nVersion: 2.39-0ubuntu8.4\nArchitecture: amd64\n\n"u8.ToArray(), builder);

        var inventory = builder.Build();

        InventoryTesting.AreEqual(
            [
                "base-files 13ubuntu10.1 amd64 [- -]",
                "ca-certificates 20240203 all [- -]",
                "libc6 2.39-0ubuntu8.3 amd64 [- -]",
                "libc6 2.39-0ubuntu8.4 amd64 [glibc 2.39-0ubuntu8.4]",
                "libgcc-s1 14-20240412-0ubuntu1 amd64 [- -]",
                "libssl3t64 3.0.13-0ubuntu3.4 amd64 [openssl 3.0.13-0ubuntu3.4]",
                "libstdc++6 14-20240412-0ubuntu1 amd64 [- -]",
                "zlib1g 1:1.3.dfsg-3.1ubuntu2.1 amd64 [- -]",
            ],
            InventoryTesting.Lines(inventory));
        Assert.AreEqual("/var/lib/dpkg/status", inventory.Packages.Single(p => p.Name == "libssl3t64").FoundAt);
        CollectionAssert.AreEqual(
            new[]
            {
                new PackageListSource("/var/lib/chisel/manifest.wall", PackageListFormats.ChiselManifest, 7, 6),
                new PackageListSource("/var/lib/dpkg/status", PackageListFormats.ChiselWrapperStatus, 2, 2),
            },
            inventory.Sources.ToList());
    }

    [TestMethod]
    public void Status_d_files_are_one_source_and_a_forgotten_list_is_no_source()
    {
        var builder = new InventoryBuilder();
        var dpkg = new DpkgStatusAnalyzer();
        dpkg.Analyze("/var/lib/dpkg/status.d/libc6", "Package: libc6\nVersion: 2.36-9\n"u8.ToArray(), builder);
        dpkg.Analyze("/var/lib/dpkg/status.d/libssl3", "Package: libssl3\nVersion: 3.0.14-1\n"u8.ToArray(), builder);
        dpkg.Analyze("/var/lib/dpkg/status", "Package: curl\nStatus: install ok installed\nVersion: 7.88.1-10\n"u8.ToArray(), builder);
        builder.Forget("/var/lib/dpkg/status");

        CollectionAssert.AreEqual(
            new[] { new PackageListSource("/var/lib/dpkg/status.d/", PackageListFormats.DpkgStatusDirectory, 2, 2) },
            builder.Build().Sources.ToList());
    }

    [TestMethod]
    public void A_status_file_with_Status_lines_is_dpkgs_own()
    {
        var builder = new InventoryBuilder();
        new DpkgStatusAnalyzer().Analyze("/var/lib/dpkg/status", "Package: curl\nStatus: install ok installed\nVersion: 7.88.1-10\n\nPackage: vim\nStatus: deinstall ok config-files\nVersion: 2:9.0\n"u8.ToArray(), builder);

        Assert.AreEqual(new PackageListSource("/var/lib/dpkg/status", PackageListFormats.DpkgStatus, 1, 1), builder.Build().Sources.Single());
    }

    [TestMethod]
    public void Packages_of_another_format_than_the_os_keep_their_own_family()
    {
        var builder = new InventoryBuilder();
        builder.SetOs("/etc/os-release", OsInfo.Create(OsFamilies.Alpine, "3.20.3", null, null), OsEvidence.EtcOsRelease);
        builder.AddPackage(Dpkg("libc6", "2.36-9", "/var/lib/dpkg/status"));
        builder.AddPackage(new PackageRecord { Name = "musl", Version = "1.2.5-r0", Architecture = "x86_64", Type = PackageType.Apk, FoundAt = "/lib/apk/db/installed", DefaultFamily = OsFamilies.Alpine });

        var inventory = builder.Build();

        CollectionAssert.AreEqual(
            new[] { "Debian pkg:deb/debian/libc6@2.36-9?arch=amd64", "Alpine pkg:apk/alpine/musl@1.2.5-r0?arch=x86_64&distro=3.20.3" },
            inventory.Packages.Select(p => $"{p.Ecosystem} {p.Purl}").ToList());
    }

    [TestMethod]
    public void Rpm_packages_of_an_unknown_distribution_have_no_ecosystem_or_vendor()
    {
        var builder = new InventoryBuilder();
        builder.AddPackage(RpmNames.Record("bash", "5.2.15-3.azl3", null, "x86_64", "bash-5.2.15-3.azl3.src.rpm", "/var/lib/rpm/rpmdb.sqlite"));

        var bash = builder.Build().Packages.Single();

        Assert.AreEqual("", bash.Ecosystem);
        Assert.AreEqual("pkg:rpm/bash@5.2.15-3.azl3?arch=x86_64", bash.Purl);
    }

    [TestMethod]
    public void The_package_order_is_stable_whatever_the_order_of_the_files()
    {
        var records = new[]
        {
            Dpkg("zlib1g", "1:1.2.13", "/var/lib/dpkg/status"),
            new PackageRecord { Name = "Serilog", Version = "3.1.1", Type = PackageType.NuGet, FoundAt = "/app/b.deps.json" },
            Dpkg("base-files", "12.4", "/var/lib/dpkg/status"),
            new PackageRecord { Name = "Serilog", Version = "3.1.1", Type = PackageType.NuGet, FoundAt = "/app/a.deps.json" },
        };
        var forward = new InventoryBuilder();
        var backward = new InventoryBuilder();
        foreach (var record in records)
        {
            forward.AddPackage(record);
        }
        foreach (var record in records.Reverse())
        {
            backward.AddPackage(record);
        }

        CollectionAssert.AreEqual(forward.Build().Packages.ToList(), backward.Build().Packages.ToList());
        CollectionAssert.AreEqual(
            new[] { "base-files", "zlib1g", "Serilog /app/a.deps.json", "Serilog /app/b.deps.json" },
            forward.Build().Packages.Select(p => p.Type == PackageType.NuGet ? $"{p.Name} {p.FoundAt}" : p.Name).ToList());
    }

    [TestMethod]
    public void Analyzers_can_fill_one_builder_from_several_threads()
    {
        var builder = new InventoryBuilder();

        Parallel.For(0, 200, i => builder.AddPackage(Dpkg($"pkg{i:D3}", "1.0", $"/var/lib/dpkg/status.d/pkg{i:D3}")));

        Assert.HasCount(200, builder.Build().Packages);
    }

    private static PackageRecord Dpkg(string name, string version, string foundAt) => new()
    {
        Name = name,
        Version = version,
        Architecture = "amd64",
        Type = PackageType.Dpkg,
        FoundAt = foundAt,
        DefaultFamily = OsFamilies.Debian,
    };
}
