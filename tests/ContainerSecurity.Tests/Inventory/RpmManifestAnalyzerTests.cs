using ContainerSecurity.Inventory;

namespace ContainerSecurity.Tests.Inventory;

[TestClass]
public sealed class RpmManifestAnalyzerTests
{
    private const string Manifest2Path = "/var/lib/rpmmanifest/container-manifest-2";
    private const string Manifest1Path = "/var/lib/rpmmanifest/container-manifest-1";

    // NAME, VERSION-RELEASE, INSTALLTIME, BUILDTIME, VENDOR, EPOCH, SIZE, ARCH, EPOCHNUM, SOURCERPM, as in mcr.microsoft.com/azurelinux/distroless/base:3.0.
    private const string Manifest2 =
        "filesystem\t1.1-21.azl3\t1722383412\t1717203600\tMicrosoft Corporation\t(none)\t7596\tx86_64\t0\tfilesystem-1.1-21.azl3.src.rpm\n" +
        "glibc\t2.38-8.azl3\t1722383413\t1720656000\tMicrosoft Corporation\t(none)\t7158512\tx86_64\t0\tglibc-2.38-8.azl3.src.rpm\n" +
        "openssl-libs\t3.3.0-2.azl3\t1722383414\t1719273600\tMicrosoft Corporation\t1\t5990411\tx86_64\t1\topenssl-3.3.0-2.azl3.src.rpm\n" +
        "tzdata\t2024a-1.azl3\t1722383414\t1716249600\tMicrosoft Corporation\t(none)\t1714035\tnoarch\t0\ttzdata-2024a-1.azl3.src.rpm\n" +
        "distroless-packages-minimal\t3.0-3.azl3\t1722383415\t1716249600\tMicrosoft Corporation\t(none)\t0\tx86_64\t0\tdistroless-packages-3.0-3.azl3.src.rpm\n" +
        "gpg-pubkey\t3135ce90-5e6fda74\t1722383412\t1585437300\t(none)\t(none)\t0\t(none)\t0\t(none)\n";

    private const string Manifest1 = """
        filesystem-1.1-21.azl3.x86_64
        glibc-2.38-8.azl3.x86_64
        openssl-libs-3.3.0-2.azl3.x86_64
        tzdata-2024a-1.azl3.noarch
        """;

    [TestMethod]
    public void Reads_container_manifest_2_with_epochs_and_source_rpms()
    {
        var inventory = InventoryTesting.Analyze(new RpmManifestAnalyzer(), (Manifest2Path, Manifest2));

        InventoryTesting.AreEqual(
            [
                "distroless-packages-minimal 3.0-3.azl3 x86_64 [distroless-packages 3.0-3.azl3]",
                "filesystem 1.1-21.azl3 x86_64 [filesystem 1.1-21.azl3]",
                "glibc 2.38-8.azl3 x86_64 [glibc 2.38-8.azl3]",
                "openssl-libs 1:3.3.0-2.azl3 x86_64 [openssl 1:3.3.0-2.azl3]",
                "tzdata 2024a-1.azl3 noarch [tzdata 2024a-1.azl3]",
            ],
            InventoryTesting.Lines(inventory));
    }

    [TestMethod]
    public void On_Azure_Linux_the_purl_carries_vendor_distro_and_epoch()
    {
        var builder = new InventoryBuilder();
        new OsReleaseAnalyzer().Analyze("/etc/os-release", "ID=azurelinux\nVERSION_ID=\"3.0\"\n"u8.ToArray(), builder);
        new RpmManifestAnalyzer().Analyze(Manifest2Path, System.Text.Encoding.UTF8.GetBytes(Manifest2), builder);

        var inventory = builder.Build();

        Assert.IsTrue(inventory.Packages.All(p => p.Ecosystem == "Azure Linux" && p.Type == PackageType.Rpm));
        Assert.AreEqual("pkg:rpm/azurelinux/openssl-libs@3.3.0-2.azl3?arch=x86_64&distro=azurelinux-3.0&epoch=1", inventory.Packages.Single(p => p.Name == "openssl-libs").Purl);
        Assert.AreEqual("pkg:rpm/azurelinux/glibc@2.38-8.azl3?arch=x86_64&distro=azurelinux-3.0", inventory.Packages.Single(p => p.Name == "glibc").Purl);
    }

    [TestMethod]
    public void Container_manifest_1_is_read_when_it_is_all_there_is() =>
        InventoryTesting.AreEqual(
            [
                "filesystem 1.1-21.azl3 x86_64 [- -]",
                "glibc 2.38-8.azl3 x86_64 [- -]",
                "openssl-libs 3.3.0-2.azl3 x86_64 [- -]",
                "tzdata 2024a-1.azl3 noarch [- -]",
            ],
            InventoryTesting.Lines(InventoryTesting.Analyze(new RpmManifestAnalyzer(), (Manifest1Path, Manifest1))));

    [TestMethod]
    public void Container_manifest_1_gives_way_to_container_manifest_2_in_any_order()
    {
        var expected = InventoryTesting.Lines(InventoryTesting.Analyze(new RpmManifestAnalyzer(), (Manifest2Path, Manifest2)));

        InventoryTesting.AreEqual(expected, InventoryTesting.Lines(InventoryTesting.Analyze(new RpmManifestAnalyzer(), (Manifest1Path, Manifest1), (Manifest2Path, Manifest2))));
        InventoryTesting.AreEqual(expected, InventoryTesting.Lines(InventoryTesting.Analyze(new RpmManifestAnalyzer(), (Manifest2Path, Manifest2), (Manifest1Path, Manifest1))));
    }

    [TestMethod]
    public void A_line_with_missing_columns_is_an_error() =>
        Assert.ThrowsExactly<InventoryFormatException>(() =>
            new RpmManifestAnalyzer().Analyze(Manifest2Path, "glibc\t2.38-8.azl3\t1722383413\n"u8.ToArray(), new InventoryBuilder()));

    [TestMethod]
    [DataRow("glibc-2.38-8.azl3.src", "glibc", "2.38", "8.azl3", "src")]
    [DataRow("python3-setuptools-69.0.3-4.azl3.noarch", "python3-setuptools", "69.0.3", "4.azl3", "noarch")]
    [DataRow("libstdc++-13.2.0-7.azl3.x86_64", "libstdc++", "13.2.0", "7.azl3", "x86_64")]
    public void Splits_name_version_release_arch_from_the_right(string nevra, string name, string version, string release, string arch) =>
        Assert.AreEqual((name, version, release, arch), RpmNames.SplitNevra(nevra));

    [TestMethod]
    [DataRow("noversion")]
    [DataRow("only-one.x86_64")]
    public void Does_not_split_what_is_not_NEVRA(string nevra) => Assert.IsNull(RpmNames.SplitNevra(nevra));
}
