using ContainerSecurity.Inventory;

namespace ContainerSecurity.Tests.Inventory;

[TestClass]
public sealed class DpkgStatusAnalyzerTests
{
    // Stanzas as a Debian 12 image's /var/lib/dpkg/status has them, trimmed of fields the analyzer ignores.
    private const string Status = """
        Package: base-files
        Essential: yes
        Status: install ok installed
        Priority: required
        Section: admin
        Installed-Size: 386
        Maintainer: Santiago Vila <sanvila@debian.org>
        Architecture: amd64
        Multi-Arch: foreign
        Version: 12.4+deb12u7
        Replaces: base, dpkg (<= 1.15.0), miscutils
        Provides: base
        Conffiles:
         /etc/debian_version f0c8a3ef3ab1bca6cd6a1f1a5a0e5e8b
         /etc/dpkg/origins/debian c47b6815f67ad1aeccb0d4529bd0b990
        Description: Debian base system miscellaneous files
         This package contains the basic filesystem hierarchy of a Debian system, and
         several important miscellaneous files, such as /etc/debian_version,
         /etc/host.conf, /etc/issue, /etc/motd, /etc/profile, and others,
         and the text of several common licenses in use on Debian systems.

        Package: libc6
        Status: install ok installed
        Priority: optional
        Section: libs
        Installed-Size: 12985
        Maintainer: GNU Libc Maintainers <debian-glibc@lists.debian.org>
        Architecture: amd64
        Multi-Arch: same
        Source: glibc
        Version: 2.36-9+deb12u8
        Depends: libgcc-s1
        Recommends: libidn2-0 (>= 2.0.5~)
        Description: GNU C Library: Shared libraries
         Contains the standard libraries that are used by nearly all programs on
         the system.
        Homepage: https://www.gnu.org/software/libc/libc.html

        Package: libgcc-s1
        Status: install ok installed
        Architecture: amd64
        Multi-Arch: same
        Source: gcc-12 (12.2.0-14)
        Version: 12.2.0-14
        Description: GCC support library

        Package: zlib1g
        Status: install ok installed
        Architecture: amd64
        Multi-Arch: same
        Source: zlib
        Version: 1:1.2.13.dfsg-1
        Description: compression library - runtime

        Package: libssl3
        Status: hold ok installed
        Architecture: amd64
        Source: openssl
        Version: 3.0.14-1~deb12u2
        Description: Secure Sockets Layer toolkit - shared libraries

        Package: libpython3.11-minimal
        Status: install ok installed
        Architecture: amd64
        Source: python3.11 (3.11.2-6+deb12u3)
        Version: 3.11.2-6+deb12u3
        Description: Minimal subset of the Python language (version 3.11)

        Package: libc6
        Status: install ok installed
        Architecture: i386
        Multi-Arch: same
        Source: glibc
        Version: 2.36-9+deb12u8
        Description: GNU C Library: Shared libraries

        Package: vim-tiny
        Status: deinstall ok config-files
        Architecture: amd64
        Source: vim
        Version: 2:9.0.1378-2
        Conffiles:
         /etc/vim/vimrc.tiny 8a5ad1ae6a6eb8c1b3e8a1b1c1a3a7f1

        Package: curl
        Status: install ok not-installed
        Architecture: amd64

        Package: tzdata
        Status: install ok half-configured
        Architecture: all
        Version: 2024a-0+deb12u1
        Description: time zone and daylight-saving time data
        """;

    [TestMethod]
    public void Lists_installed_packages_with_their_source_arch_and_epoch()
    {
        var inventory = InventoryTesting.Analyze(new DpkgStatusAnalyzer(), ("/var/lib/dpkg/status", Status));

        InventoryTesting.AreEqual(
            [
                "base-files 12.4+deb12u7 amd64 [base-files 12.4+deb12u7]",
                "libc6 2.36-9+deb12u8 amd64 [glibc 2.36-9+deb12u8]",
                "libc6 2.36-9+deb12u8 i386 [glibc 2.36-9+deb12u8]",
                "libgcc-s1 12.2.0-14 amd64 [gcc-12 12.2.0-14]",
                "libpython3.11-minimal 3.11.2-6+deb12u3 amd64 [python3.11 3.11.2-6+deb12u3]",
                "libssl3 3.0.14-1~deb12u2 amd64 [openssl 3.0.14-1~deb12u2]",
                "zlib1g 1:1.2.13.dfsg-1 amd64 [zlib 1:1.2.13.dfsg-1]",
            ],
            InventoryTesting.Lines(inventory));
        Assert.IsTrue(inventory.Packages.All(p => p.Type == PackageType.Dpkg && p.FoundAt == "/var/lib/dpkg/status"));
    }

    [TestMethod]
    public void With_the_os_known_packages_get_the_ecosystem_and_a_qualified_purl()
    {
        var builder = new InventoryBuilder();
        new OsReleaseAnalyzer().Analyze("/etc/os-release", "ID=debian\nVERSION_ID=\"12\"\n"u8.ToArray(), builder);
        new DpkgStatusAnalyzer().Analyze("/var/lib/dpkg/status", System.Text.Encoding.UTF8.GetBytes(Status), builder);

        var inventory = builder.Build();

        Assert.IsTrue(inventory.Packages.All(p => p.Ecosystem == "Debian"));
        CollectionAssert.Contains(InventoryTesting.Purls(inventory), "pkg:deb/debian/zlib1g@1:1.2.13.dfsg-1?arch=amd64&distro=debian-12");
        CollectionAssert.Contains(InventoryTesting.Purls(inventory), "pkg:deb/debian/libssl3@3.0.14-1~deb12u2?arch=amd64&distro=debian-12");
    }

    // /var/lib/dpkg/status.d/ of gcr.io/distroless/base-debian12 and of .NET's chiseled images: one file per package, no Status.
    private const string DistrolessLibc6 = """
        Package: libc6
        Version: 2.36-9+deb12u7
        Architecture: amd64
        Maintainer: GNU Libc Maintainers <debian-glibc@lists.debian.org>
        Installed-Size: 12985
        Depends: libgcc-s1
        Section: libs
        Priority: optional
        Multi-Arch: same
        Homepage: https://www.gnu.org/software/libc/libc.html
        Description: GNU C Library: Shared libraries
         Contains the standard libraries that are used by nearly all programs on
         the system.
        Source: glibc
        """;

    private const string DistrolessOpenSsl = """
        Package: libssl3
        Version: 3.0.13-1~deb12u1
        Architecture: arm64
        Maintainer: Debian OpenSSL Team <pkg-openssl-devel@alioth-lists.debian.net>
        Source: openssl
        Description: Secure Sockets Layer toolkit - shared libraries
        """;

    [TestMethod]
    public void Status_d_stanzas_without_Status_count_as_installed_and_md5sums_are_ignored()
    {
        var analyzer = new DpkgStatusAnalyzer();
        var inventory = InventoryTesting.Analyze(
            analyzer,
            ("/var/lib/dpkg/status.d/libc6", DistrolessLibc6),
            ("/var/lib/dpkg/status.d/libssl3", DistrolessOpenSsl));

        InventoryTesting.AreEqual(
            [
                "libc6 2.36-9+deb12u7 amd64 [glibc 2.36-9+deb12u7]",
                "libssl3 3.0.13-1~deb12u1 arm64 [openssl 3.0.13-1~deb12u1]",
            ],
            InventoryTesting.Lines(inventory));
        CollectionAssert.AreEqual(
            new[] { "/var/lib/dpkg/status.d/libc6", "/var/lib/dpkg/status.d/libssl3" },
            inventory.Packages.Select(p => p.FoundAt).ToList());
        Assert.IsFalse(analyzer.Required("/var/lib/dpkg/status.d/libc6.md5sums", 100));
    }

    [TestMethod]
    public void Without_os_release_dpkg_packages_are_taken_for_Debian()
    {
        var inventory = InventoryTesting.Analyze(new DpkgStatusAnalyzer(), ("/var/lib/dpkg/status.d/libssl3", DistrolessOpenSsl));

        Assert.AreEqual("Debian", inventory.Packages.Single().Ecosystem);
        Assert.AreEqual("pkg:deb/debian/libssl3@3.0.13-1~deb12u1?arch=arm64", inventory.Packages.Single().Purl);
    }

    [TestMethod]
    public void A_Status_line_in_status_d_is_still_honoured() =>
        Assert.IsEmpty(InventoryTesting.Analyze(new DpkgStatusAnalyzer(), ("/var/lib/dpkg/status.d/vim", "Package: vim\nStatus: deinstall ok config-files\nVersion: 2:9.0\n")).Packages);

    [TestMethod]
    public void Stanzas_without_Package_or_Version_are_skipped_and_CRLF_is_tolerated() =>
        InventoryTesting.AreEqual(
            ["ok 1.0 - [ok 1.0]"],
            InventoryTesting.Lines(InventoryTesting.Analyze(
                new DpkgStatusAnalyzer(),
                ("/var/lib/dpkg/status", "Package: noversion\r\nStatus: install ok installed\r\n\r\nVersion: 1.0\r\nStatus: install ok installed\r\n\r\nPackage: ok\r\nStatus: install ok installed\r\nVersion: 1.0\r\n"))));

    [TestMethod]
    [DataRow("/var/lib/dpkg/status", true)]
    [DataRow("/var/lib/dpkg/status.d/base", true)]
    [DataRow("/var/lib/dpkg/status.d/libc6.md5sums", false)]
    [DataRow("/var/lib/dpkg/status.d/", false)]
    [DataRow("/var/lib/dpkg/status.d/nested/file", false)]
    [DataRow("/var/lib/dpkg/status-old", false)]
    [DataRow("/var/lib/dpkg/available", false)]
    [DataRow("/usr/var/lib/dpkg/status", false)]
    public void Wants_the_status_file_and_status_d(string path, bool wanted) =>
        Assert.AreEqual(wanted, new DpkgStatusAnalyzer().Required(path, 1000));

    // Fixtures/chisel-wrapper-jammy.status: /var/lib/dpkg/status as `chisel-wrapper --generate-dpkg-status` writes it in
    // .NET's 8.0 jammy-chiseled runtime-deps image: each cut .deb's control fields (`dpkg-deb -f`), a blank line after
    // each, in the order of the chisel cache, and no Status line at all.
    [TestMethod]
    public void A_status_file_written_by_chisel_wrapper_lists_every_package_with_its_source()
    {
        var inventory = InventoryTesting.Analyze(new DpkgStatusAnalyzer(), ("/var/lib/dpkg/status", InventoryTesting.Fixture("chisel-wrapper-jammy.status")));

        InventoryTesting.AreEqual(
            [
                "base-files 12ubuntu4.7 amd64 [base-files 12ubuntu4.7]",
                "ca-certificates 20240203~22.04.1 all [ca-certificates 20240203~22.04.1]",
                "libc6 2.35-0ubuntu3.8 amd64 [glibc 2.35-0ubuntu3.8]",
                "libgcc-s1 12.3.0-1ubuntu1~22.04 amd64 [gcc-12 12.3.0-1ubuntu1~22.04]",
                "libssl3 3.0.2-0ubuntu1.18 amd64 [openssl 3.0.2-0ubuntu1.18]",
                "libstdc++6 12.3.0-1ubuntu1~22.04 amd64 [gcc-12 12.3.0-1ubuntu1~22.04]",
                "zlib1g 1:1.2.11.dfsg-2ubuntu9.2 amd64 [zlib 1:1.2.11.dfsg-2ubuntu9.2]",
            ],
            InventoryTesting.Lines(inventory));
    }

    [TestMethod]
    public void In_one_status_file_a_stanza_without_Status_is_installed_and_one_with_a_removed_state_is_not()
    {
        var inventory = InventoryTesting.Analyze(
            new DpkgStatusAnalyzer(),
            ("/var/lib/dpkg/status", "Package: libssl3\nVersion: 3.0.2-0ubuntu1.18\nSource: openssl\n\nPackage: vim\nStatus: deinstall ok config-files\nVersion: 2:9.0\n\nPackage: curl\nStatus: purge ok not-installed\nVersion: 8.5\n"));

        InventoryTesting.AreEqual(["libssl3 3.0.2-0ubuntu1.18 - [openssl 3.0.2-0ubuntu1.18]"], InventoryTesting.Lines(inventory));
    }

    [TestMethod]
    public void Multi_line_fields_keep_their_lines()
    {
        var stanza = DebianControlFile.Parse("Package: a\nDescription: short\n long one\n .\n more\nConffiles:\n /etc/a 123\n").Single();

        Assert.AreEqual("short\nlong one\n.\nmore", stanza["description"]);
        Assert.AreEqual("\n/etc/a 123", stanza["Conffiles"]);
    }
}
