using System.Text;
using ContainerSecurity.Inventory;

namespace ContainerSecurity.Tests.Inventory;

[TestClass]
public sealed class ChiselManifestAnalyzerTests
{
    private const string ManifestPath = "/var/lib/chisel/manifest.wall";

    [TestMethod]
    public void Reads_the_packages_of_a_zstd_compressed_manifest()
    {
        // Fixtures/manifest.wall: a jsonwall as chisel writes it for a noble chiseled .NET image, compressed by the zstd CLI.
        var inventory = InventoryTesting.Analyze(new ChiselManifestAnalyzer(), (ManifestPath, InventoryTesting.Fixture("manifest.wall")));

        InventoryTesting.AreEqual(
            [
                "base-files 13ubuntu10.1 amd64 [- -]",
                "ca-certificates 20240203 all [- -]",
                "libc6 2.39-0ubuntu8.3 amd64 [- -]",
                "libgcc-s1 14-20240412-0ubuntu1 amd64 [- -]",
                "libssl3t64 3.0.13-0ubuntu3.4 amd64 [- -]",
                "libstdc++6 14-20240412-0ubuntu1 amd64 [- -]",
                "zlib1g 1:1.3.dfsg-3.1ubuntu2.1 amd64 [- -]",
            ],
            InventoryTesting.Lines(inventory));
        Assert.IsTrue(inventory.Packages.All(p => p.Type == PackageType.Dpkg && p.FoundAt == ManifestPath));
    }

    [TestMethod]
    public void Chiseled_packages_are_Ubuntu_even_without_os_release()
    {
        var package = InventoryTesting.Analyze(new ChiselManifestAnalyzer(), (ManifestPath, InventoryTesting.Fixture("manifest.wall")))
            .Packages.Single(p => p.Name == "libstdc++6");

        Assert.AreEqual("Ubuntu", package.Ecosystem);
        Assert.AreEqual("pkg:deb/ubuntu/libstdc%2B%2B6@14-20240412-0ubuntu1?arch=amd64", package.Purl);
    }

    [TestMethod]
    public void With_os_release_the_purl_carries_the_release()
    {
        var builder = new InventoryBuilder();
        new OsReleaseAnalyzer().Analyze("/etc/os-release", "ID=ubuntu\nVERSION_ID=\"24.04\"\nVERSION_CODENAME=noble\n"u8.ToArray(), builder);
        new ChiselManifestAnalyzer().Analyze(ManifestPath, InventoryTesting.Fixture("manifest.wall"), builder);

        var package = builder.Build().Packages.Single(p => p.Name == "zlib1g");

        Assert.AreEqual("pkg:deb/ubuntu/zlib1g@1:1.3.dfsg-3.1ubuntu2.1?arch=amd64&distro=ubuntu-24.04", package.Purl);
    }

    [TestMethod]
    public void An_uncompressed_manifest_is_read_too()
    {
        var text = """
            {"jsonwall":"1.0","schema":"1.0","count":3}
            {"kind":"package","name":"libc6","version":"2.35-0ubuntu3.8","sha256":"aa","arch":"arm64"}
            {"kind":"slice","name":"libc6_libs"}
            """;

        InventoryTesting.AreEqual(["libc6 2.35-0ubuntu3.8 arm64 [- -]"], InventoryTesting.Lines(InventoryTesting.Analyze(new ChiselManifestAnalyzer(), (ManifestPath, text))));
    }

    [TestMethod]
    [DataRow("{\"jsonwall\":\"1.0\",\"schema\":\"2.0\",\"count\":1}\n")]
    [DataRow("{\"kind\":\"package\",\"name\":\"x\"}\n")]
    [DataRow("not json\n")]
    [DataRow("")]
    public void Rejects_what_is_not_a_schema_1_manifest(string text) =>
        Assert.ThrowsExactly<InventoryFormatException>(() => new ChiselManifestAnalyzer().Analyze(ManifestPath, Encoding.UTF8.GetBytes(text), new InventoryBuilder()));

    [TestMethod]
    public void Rejects_corrupt_zstd() =>
        Assert.ThrowsExactly<InventoryFormatException>(() => new ChiselManifestAnalyzer().Analyze(ManifestPath, new byte[] { 0x28, 0xB5, 0x2F, 0xFD, 1, 2, 3, 4, 5 }, new InventoryBuilder()));

    [TestMethod]
    [DataRow("/var/lib/chisel/manifest.wall", true)]
    [DataRow("/var/lib/chisel/sub/manifest.wall", true)]
    [DataRow("/var/lib/other/manifest.wall", false)]
    [DataRow("/var/lib/chisel/manifest.wall.bak", false)]
    public void Wants_manifests_under_var_lib_chisel(string path, bool wanted) =>
        Assert.AreEqual(wanted, new ChiselManifestAnalyzer().Required(path, 1000));
}
