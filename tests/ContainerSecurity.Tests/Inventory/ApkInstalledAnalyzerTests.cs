using ContainerSecurity.Inventory;

namespace ContainerSecurity.Tests.Inventory;

[TestClass]
public sealed class ApkInstalledAnalyzerTests
{
    // The head of alpine:3.19's /lib/apk/db/installed, file lists shortened.
    private const string Installed = """
        C:Q1ZQ+jOb1bsdzHxEOImDkCZ2dqjr8=
        P:musl
        V:1.2.4_git20230717-r4
        A:x86_64
        S:407192
        I:655360
        T:the musl c library (libc) implementation
        U:https://musl.libc.org/
        L:MIT
        o:musl
        m:Timo Teräs <timo.teras@iki.fi>
        t:1704716011
        c:8e9a2cdaeea1f9ed0a6b55ffbe4b6f7c23fc4e3d
        p:so:libc.musl-x86_64.so.1=1
        F:lib
        R:ld-musl-x86_64.so.1
        a:0:0:755
        Z:Q1wdLCb5Sn23xIlUEv4DPKxXGnOl8=
        R:libc.musl-x86_64.so.1

        C:Q1qJ9kw6ke9i2Wvn/dRUk9f47hTzA=
        P:busybox-binsh
        V:1.36.1-r15
        A:x86_64
        S:1543
        I:1
        T:busybox ash /bin/sh
        U:https://busybox.net/
        L:GPL-2.0-only
        o:busybox
        m:Sören Tempel <soeren+alpine@soeren-tempel.net>
        t:1700489062
        c:4e61b6dcf7d4bf94b3ac7c4e5f79ed4c72f32a3b
        D:busybox=1.36.1-r15
        p:/bin/sh cmd:sh=1.36.1-r15

        C:Q1Ryg5SXYy3NBEKsIi7AGyw2W4ZX8=
        P:libcrypto3
        V:3.1.4-r5
        A:x86_64
        L:Apache-2.0
        o:openssl
        D:so:libc.musl-x86_64.so.1

        C:Q1mWdGGCSpAiZ5CT0kwuBXwgmYWLE=
        P:alpine-baselayout-data
        V:3.4.3-r2
        A:x86_64
        L:GPL-2.0-only

        """;

    [TestMethod]
    public void Lists_packages_with_origin_as_source()
    {
        var inventory = InventoryTesting.Analyze(new ApkInstalledAnalyzer(), ("/lib/apk/db/installed", Installed));

        InventoryTesting.AreEqual(
            [
                "alpine-baselayout-data 3.4.3-r2 x86_64 [alpine-baselayout-data 3.4.3-r2]",
                "busybox-binsh 1.36.1-r15 x86_64 [busybox 1.36.1-r15]",
                "libcrypto3 3.1.4-r5 x86_64 [openssl 3.1.4-r5]",
                "musl 1.2.4_git20230717-r4 x86_64 [musl 1.2.4_git20230717-r4]",
            ],
            InventoryTesting.Lines(inventory));
        Assert.IsTrue(inventory.Packages.All(p => p.Type == PackageType.Apk && p.Ecosystem == "Alpine"));
    }

    [TestMethod]
    public void With_alpine_release_the_purl_carries_the_distro()
    {
        var builder = new InventoryBuilder();
        new OsReleaseAnalyzer().Analyze("/etc/alpine-release", "3.19.1\n"u8.ToArray(), builder);
        new ApkInstalledAnalyzer().Analyze("/lib/apk/db/installed", System.Text.Encoding.UTF8.GetBytes(Installed), builder);

        var inventory = builder.Build();

        Assert.AreEqual("pkg:apk/alpine/libcrypto3@3.1.4-r5?arch=x86_64&distro=3.19.1", inventory.Packages.Single(p => p.Name == "libcrypto3").Purl);
        Assert.AreEqual("Alpine:v3.19", inventory.Os.OsvEcosystem);
    }

    [TestMethod]
    public void Wolfi_packages_take_the_wolfi_namespace()
    {
        var builder = new InventoryBuilder();
        new OsReleaseAnalyzer().Analyze("/etc/os-release", "ID=wolfi\nVERSION_ID=\"20230201\"\n"u8.ToArray(), builder);
        new ApkInstalledAnalyzer().Analyze("/lib/apk/db/installed", "P:glibc\nV:2.40-r3\nA:aarch64\no:glibc\n"u8.ToArray(), builder);

        var package = builder.Build().Packages.Single();

        Assert.AreEqual("Wolfi", package.Ecosystem);
        Assert.AreEqual("pkg:apk/wolfi/glibc@2.40-r3?arch=aarch64&distro=20230201", package.Purl);
    }

    [TestMethod]
    public void The_last_package_needs_no_trailing_blank_line_and_CRLF_is_tolerated() =>
        InventoryTesting.AreEqual(
            ["a 1-r0 x86 [a 1-r0]", "b 2-r1 - [b 2-r1]"],
            InventoryTesting.Lines(InventoryTesting.Analyze(new ApkInstalledAnalyzer(), ("/lib/apk/db/installed", "P:a\r\nV:1-r0\r\nA:x86\r\n\r\n\r\nP:b\r\nV:2-r1"))));

    [TestMethod]
    [DataRow("/lib/apk/db/installed", true)]
    [DataRow("/lib/apk/db/installed.bak", false)]
    [DataRow("/usr/lib/apk/db/installed", true)]
    [DataRow("/var/lib/apk/db/installed", false)]
    public void Wants_only_the_installed_database(string path, bool wanted) =>
        Assert.AreEqual(wanted, new ApkInstalledAnalyzer().Required(path, 1000));
}
