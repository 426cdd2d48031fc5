using ContainerSecurity.Tests.Fixtures;
using ContainerSecurity.Tests.Inventory;

namespace ContainerSecurity.Tests.Cli;

/// <summary>
/// The package lists of .NET's chiseled and distroless images, scanned through the CLI with OSV data for one of their
/// packages: the vulnerability must be reported whichever list the image carries, once, and the progress line must
/// say which list was read.
/// </summary>
[TestClass]
public sealed class ChiseledImageScanTests
{
    private const string JammyOsRelease = """
        PRETTY_NAME="Ubuntu 22.04.5 LTS"
        NAME="Ubuntu"
        VERSION_ID="22.04"
        VERSION="22.04.5 LTS (Jammy Jellyfish)"
        VERSION_CODENAME=jammy
        ID=ubuntu
        ID_LIKE=debian
        UBUNTU_CODENAME=jammy

        """;

    private const string NobleOsRelease = """
        PRETTY_NAME="Ubuntu 24.04.3 LTS"
        NAME="Ubuntu"
        VERSION_ID="24.04"
        VERSION="24.04.3 LTS (Noble Numbat)"
        VERSION_CODENAME=noble
        ID=ubuntu
        ID_LIKE=debian
        UBUNTU_CODENAME=noble

        """;

    // What chisel-wrapper writes for the noble slices of Fixtures/manifest.wall: `dpkg-deb -f` of each .deb, a blank line after each.
    private const string NobleChiselWrapperStatus = """
        Package: libssl3t64
        Source: openssl
        Version: 3.0.13-0ubuntu3.4
        Architecture: amd64
        Maintainer: Ubuntu Developers <ubuntu-devel-discuss@lists.ubuntu.com>
        Installed-Size: 6540
        Depends: libc6 (>= 2.34)
        Section: libs
        Priority: optional
        Multi-Arch: same
        Description: Secure Sockets Layer toolkit - shared libraries

        Package: libc6
        Source: glibc
        Version: 2.39-0ubuntu8.3
        Architecture: amd64
        Section: libs
        Description: GNU C Library: Shared libraries

        Package: base-files
        Essential: yes
        Architecture: amd64
        Version: 13ubuntu10.1
        Description: Debian base system miscellaneous files

        Package: ca-certificates
        Version: 20240203
        Architecture: all
        Description: Common CA certificates

        Package: libgcc-s1
        Source: gcc-14
        Version: 14-20240412-0ubuntu1
        Architecture: amd64
        Description: GCC support library

        Package: libstdc++6
        Source: gcc-14
        Version: 14-20240412-0ubuntu1
        Architecture: amd64
        Description: GNU Standard C++ Library v3

        Package: zlib1g
        Source: zlib
        Version: 1:1.3.dfsg-3.1ubuntu2.1
        Architecture: amd64
        Description: compression library - runtime


        """;

    private const string DistrolessLibssl = """
        Package: libssl3
        Version: 3.0.13-1~deb12u1
        Architecture: amd64
        Maintainer: Debian OpenSSL Team <pkg-openssl-devel@alioth-lists.debian.net>
        Installed-Size: 6164
        Source: openssl
        Description: Secure Sockets Layer toolkit - shared libraries

        """;

    private static string OpenSslRecord(string id, string ecosystem, string fixedVersion) => $$"""
        {"id": "{{id}}", "modified": "2024-11-01T00:00:00Z", "upstream": ["CVE-2024-9143"],
         "summary": "OpenSSL: out-of-bounds memory access with low-level GF(2^m) elliptic curve APIs",
         "severity": [{"type": "CVSS_V3", "score": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"}],
         "affected": [{"package": {"ecosystem": "{{ecosystem}}", "name": "openssl"},
                       "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "0"}, {"fixed": "{{fixedVersion}}"}]}]}]}
        """;

    private const string CaCertificatesRecord = """
        {"id": "UBUNTU-CVE-2024-0001", "modified": "2024-11-01T00:00:00Z", "upstream": ["CVE-2024-0001"],
         "summary": "ca-certificates: a distrusted root is still trusted",
         "affected": [{"package": {"ecosystem": "Ubuntu:24.04:LTS", "name": "ca-certificates"},
                       "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "0"}, {"fixed": "20241223"}]}]}]}
        """;

    [TestMethod]
    public void A_jammy_chiseled_image_with_only_chisel_wrappers_status_reports_the_openssl_vulnerability()
    {
        var dir = OciImageBuilder.TempDirectory();
        var image = CliScan.Image(dir, new TestLayer()
            .File("usr/lib/os-release", JammyOsRelease)
            .Symlink("etc/os-release", "../usr/lib/os-release")
            .File("var/lib/dpkg/status", InventoryTesting.Fixture("chisel-wrapper-jammy.status")));
        var mirror = CliScan.Mirror(dir, ("Ubuntu", OpenSslRecord("UBUNTU-CVE-2024-9143", "Ubuntu:22.04:LTS", "3.0.2-0ubuntu1.19")));

        var (exit, output) = CliScan.Run(dir, image, mirror);

        Assert.AreEqual(1, exit, output);
        StringAssert.Contains(output, "/var/lib/dpkg/status (dpkg status without Status lines (chisel-wrapper): 7 package(s))");
        StringAssert.Contains(output, "7 package(s) (7 dpkg)");
        var finding = CliScan.SingleFinding(output, "CVE-2024-9143");
        StringAssert.Contains(finding, "error CSEC3004: libssl3 ");
        StringAssert.Contains(finding, "3.0.2-0ubuntu1.18");
        StringAssert.Contains(finding, "3.0.2-0ubuntu1.19");
    }

    [TestMethod]
    public void A_noble_chiseled_image_with_status_and_manifest_reports_the_vulnerability_once_from_the_status()
    {
        var dir = OciImageBuilder.TempDirectory();
        var image = CliScan.Image(dir, new TestLayer()
            .File("usr/lib/os-release", NobleOsRelease)
            .Symlink("etc/os-release", "../usr/lib/os-release")
            .File("var/lib/chisel/manifest.wall", InventoryTesting.Fixture("manifest.wall"))
            .File("var/lib/dpkg/status", NobleChiselWrapperStatus));
        var mirror = CliScan.Mirror(dir, ("Ubuntu", OpenSslRecord("UBUNTU-CVE-2024-9143", "Ubuntu:24.04:LTS", "3.0.13-0ubuntu3.5")));

        var (exit, output) = CliScan.Run(dir, image, mirror);

        Assert.AreEqual(1, exit, output);
        StringAssert.Contains(output, "7 package(s) (7 dpkg)");
        StringAssert.Contains(output, "OS packages from /var/lib/chisel/manifest.wall (chisel manifest: 7 package(s), 7 also in another list) and /var/lib/dpkg/status (dpkg status without Status lines (chisel-wrapper): 7 package(s))");
        StringAssert.Contains(CliScan.SingleFinding(output, "CVE-2024-9143"), "error CSEC3004: libssl3t64 3.0.13-0ubuntu3.4");
    }

    [TestMethod]
    public void A_chiseled_image_with_only_a_chisel_manifest_reports_a_vulnerable_package()
    {
        var dir = OciImageBuilder.TempDirectory();
        var image = CliScan.Image(dir, new TestLayer()
            .File("usr/lib/os-release", NobleOsRelease)
            .Symlink("etc/os-release", "../usr/lib/os-release")
            .File("var/lib/chisel/manifest.wall", InventoryTesting.Fixture("manifest.wall")));
        var mirror = CliScan.Mirror(dir, ("Ubuntu", CaCertificatesRecord));

        var (exit, output) = CliScan.Run(dir, image, mirror, "--fail-on", "Critical");

        Assert.AreEqual(0, exit, output);
        StringAssert.Contains(output, "OS packages from /var/lib/chisel/manifest.wall (chisel manifest: 7 package(s))");
        StringAssert.Contains(CliScan.SingleFinding(output, "CVE-2024-0001"), "warning CSEC3000: ca-certificates 20240203 ");
    }

    [TestMethod]
    public void A_distroless_image_with_status_d_reports_the_openssl_vulnerability()
    {
        var dir = OciImageBuilder.TempDirectory();
        var image = CliScan.Image(dir, new TestLayer()
            .File("etc/os-release", "PRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\nID=debian\nVERSION_ID=\"12\"\nVERSION_CODENAME=bookworm\n")
            .File("var/lib/dpkg/status.d/libssl3", DistrolessLibssl)
            .File("var/lib/dpkg/status.d/libssl3.md5sums", "0123456789abcdef0123456789abcdef  usr/lib/x86_64-linux-gnu/libssl.so.3\n"));
        var mirror = CliScan.Mirror(dir, ("Debian", OpenSslRecord("DEBIAN-CVE-2024-9143", "Debian:12", "3.0.15-1~deb12u1")));

        var (exit, output) = CliScan.Run(dir, image, mirror);

        Assert.AreEqual(1, exit, output);
        StringAssert.Contains(output, "OS packages from /var/lib/dpkg/status.d/ (dpkg status.d: 1 package(s))");
        StringAssert.Contains(CliScan.SingleFinding(output, "CVE-2024-9143"), "error CSEC3004: libssl3 3.0.13-1~deb12u1");
    }
}
