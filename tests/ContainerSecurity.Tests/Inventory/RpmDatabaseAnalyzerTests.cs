using ContainerSecurity.Inventory;
using ContainerSecurity.Inventory.RpmDb;

namespace ContainerSecurity.Tests.Inventory;

/// <summary>
/// The fixtures hold the same four packages (see Fixtures/README.md): built with rpmbuild, installed with rpm 4.18 into an
/// SQLite rpmdb, and loaded into BerkeleyDB hash files with db5.3_load; the ndb file is written from the same header blobs.
/// </summary>
[TestClass]
public sealed class RpmDatabaseAnalyzerTests
{
    private static readonly string[] ExpectedPackages =
    [
        "bash 5.2.15-3.azl3 x86_64 [bash 5.2.15-3.azl3]",
        "openssl 1:3.3.2-1.azl3 x86_64 [openssl 1:3.3.2-1.azl3]",
        "openssl-libs 1:3.3.2-1.azl3 x86_64 [openssl 1:3.3.2-1.azl3]",
        "tzdata 2024a-1.azl3 noarch [tzdata 2024a-1.azl3]",
    ];

    [TestMethod]
    [DataRow("/var/lib/rpm/rpmdb.sqlite", "rpmdb.sqlite.gz")]
    [DataRow("/usr/lib/sysimage/rpm/rpmdb.sqlite", "rpmdb.sqlite.gz")]
    [DataRow("/var/lib/rpm/Packages", "Packages.bdb.gz")]
    [DataRow("/var/lib/rpm/Packages", "Packages-bigendian-512.bdb.gz")]
    public void Reads_every_package_of_a_real_database(string path, string fixture)
    {
        var inventory = InventoryTesting.Analyze(new RpmDatabaseAnalyzer(), (path, InventoryTesting.Fixture(fixture)));

        InventoryTesting.AreEqual(ExpectedPackages, InventoryTesting.Lines(inventory));
        Assert.IsTrue(inventory.Packages.All(p => p.Type == PackageType.Rpm && p.FoundAt == path));
    }

    [TestMethod]
    public void Reads_an_ndb_database_with_free_slots()
    {
        var blobs = SqliteBlobs();
        var ndb = NdbFileWriter.Write([(1, blobs[0]), (9, null), (2, blobs[1]), (3, blobs[2]), (4, blobs[3])]);

        var inventory = InventoryTesting.Analyze(new RpmDatabaseAnalyzer(), ("/usr/lib/sysimage/rpm/Packages.db", ndb));

        InventoryTesting.AreEqual(ExpectedPackages, InventoryTesting.Lines(inventory));
    }

    [TestMethod]
    public void Reads_an_ndb_database_with_two_slot_pages()
    {
        var blobs = SqliteBlobs();
        var ndb = NdbFileWriter.Write([.. blobs.Select((b, i) => ((uint)i + 1, (byte[]?)b))], slotPages: 2);

        InventoryTesting.AreEqual(ExpectedPackages, InventoryTesting.Lines(InventoryTesting.Analyze(new RpmDatabaseAnalyzer(), ("/var/lib/rpm/Packages.db", ndb))));
    }

    [TestMethod]
    public void An_ndb_blob_with_a_bad_tail_is_an_error()
    {
        var ndb = NdbFileWriter.Write([(1, SqliteBlobs()[0])]);
        ndb[^1] ^= 0xFF;

        Assert.ThrowsExactly<InventoryFormatException>(() => new RpmDatabaseAnalyzer().Analyze("/var/lib/rpm/Packages.db", ndb, new InventoryBuilder()));
    }

    [TestMethod]
    public void On_Azure_Linux_the_packages_get_their_ecosystem_and_purls()
    {
        var builder = new InventoryBuilder();
        new OsReleaseAnalyzer().Analyze("/etc/os-release", "ID=azurelinux\nVERSION_ID=\"3.0\"\n"u8.ToArray(), builder);
        new RpmDatabaseAnalyzer().Analyze("/var/lib/rpm/rpmdb.sqlite", InventoryTesting.Fixture("rpmdb.sqlite.gz"), builder);

        InventoryTesting.AreEqual(
            [
                "pkg:rpm/azurelinux/bash@5.2.15-3.azl3?arch=x86_64&distro=azurelinux-3.0",
                "pkg:rpm/azurelinux/openssl@3.3.2-1.azl3?arch=x86_64&distro=azurelinux-3.0&epoch=1",
                "pkg:rpm/azurelinux/openssl-libs@3.3.2-1.azl3?arch=x86_64&distro=azurelinux-3.0&epoch=1",
                "pkg:rpm/azurelinux/tzdata@2024a-1.azl3?arch=noarch&distro=azurelinux-3.0",
            ],
            InventoryTesting.Purls(builder.Build()));
    }

    [TestMethod]
    public void Red_Hat_packages_take_the_redhat_vendor()
    {
        var builder = new InventoryBuilder();
        new OsReleaseAnalyzer().Analyze("/etc/os-release", "ID=\"rhel\"\nVERSION_ID=\"9.4\"\n"u8.ToArray(), builder);
        new RpmDatabaseAnalyzer().Analyze("/var/lib/rpm/rpmdb.sqlite", InventoryTesting.Fixture("rpmdb.sqlite.gz"), builder);

        var bash = builder.Build().Packages.Single(p => p.Name == "bash");

        Assert.AreEqual("Red Hat", bash.Ecosystem);
        Assert.AreEqual("pkg:rpm/redhat/bash@5.2.15-3.azl3?arch=x86_64&distro=redhat-9.4", bash.Purl);
    }

    [TestMethod]
    public void The_database_and_the_distroless_manifest_list_each_package_once()
    {
        var builder = new InventoryBuilder();
        new RpmDatabaseAnalyzer().Analyze("/var/lib/rpm/rpmdb.sqlite", InventoryTesting.Fixture("rpmdb.sqlite.gz"), builder);
        new RpmManifestAnalyzer().Analyze("/var/lib/rpmmanifest/container-manifest-2",
            "bash\t5.2.15-3.azl3\t1\t1\tMicrosoft Corporation\t(none)\t1\tx86_64\t0\tbash-5.2.15-3.azl3.src.rpm\n"u8.ToArray(), builder);

        Assert.HasCount(4, builder.Build().Packages);
    }

    [TestMethod]
    [DataRow(new byte[] { 1, 2, 3 })]
    [DataRow(new byte[] { (byte)'S', (byte)'Q', (byte)'L', (byte)'i', (byte)'t', (byte)'e', (byte)' ', (byte)'f', (byte)'o', (byte)'r', (byte)'m', (byte)'a', (byte)'t', (byte)' ', (byte)'3', 0 })]
    public void What_is_not_an_rpm_database_is_an_error(byte[] content) =>
        Assert.ThrowsExactly<InventoryFormatException>(() => new RpmDatabaseAnalyzer().Analyze("/var/lib/rpm/Packages", content, new InventoryBuilder()));

    [TestMethod]
    public void A_truncated_sqlite_database_is_an_error()
    {
        var database = InventoryTesting.Fixture("rpmdb.sqlite.gz");

        Assert.ThrowsExactly<InventoryFormatException>(() => new RpmDatabaseAnalyzer().Analyze("/var/lib/rpm/rpmdb.sqlite", database.AsMemory(0, 4096 + 100), new InventoryBuilder()));
    }

    [TestMethod]
    [DataRow("/var/lib/rpm/rpmdb.sqlite", true)]
    [DataRow("/var/lib/rpm/Packages", true)]
    [DataRow("/var/lib/rpm/Packages.db", true)]
    [DataRow("/usr/lib/sysimage/rpm/rpmdb.sqlite", true)]
    [DataRow("/usr/lib/sysimage/rpm/Packages.db", true)]
    [DataRow("/var/lib/rpm/Name", false)]
    [DataRow("/var/lib/rpm/rpmdb.sqlite-wal", false)]
    [DataRow("/home/user/rpmdb.sqlite", false)]
    public void Wants_the_package_databases_only(string path, bool wanted) =>
        Assert.AreEqual(wanted, new RpmDatabaseAnalyzer().Required(path, 1000));

    [TestMethod]
    public void A_header_blob_yields_name_epoch_version_release_arch_and_source()
    {
        var header = SqliteBlobs().Select(b => RpmHeader.TryParse(b)).Single(h => h?.Name == "openssl-libs");

        var expected = new RpmHeader("openssl-libs", "3.3.2", "1.azl3", 1, "x86_64", "openssl-3.3.2-1.azl3.src.rpm");
        Assert.AreEqual(expected, header! with { LanguageMetadataFiles = expected.LanguageMetadataFiles });
        Assert.IsEmpty(header.LanguageMetadataFiles);
    }

    [TestMethod]
    public void In_a_header_later_entries_override_earlier_ones_and_a_missing_epoch_and_source_stay_null()
    {
        // rpm appends "dribble" entries after the immutable region to change a tag without rewriting the region.
        var blob = HeaderBlob((1000, "bash"), (1001, "5.2.15"), (1002, "1.azl3"), (1022, "x86_64"), (1044, "(none)"), (1002, "3.azl3"));

        var expected = new RpmHeader("bash", "5.2.15", "3.azl3", null, "x86_64", null);
        Assert.AreEqual(expected, RpmHeader.TryParse(blob)! with { LanguageMetadataFiles = expected.LanguageMetadataFiles });
    }

    [TestMethod]
    public void A_header_lists_the_python_and_npm_metadata_files_its_package_installed()
    {
        var blob = SqliteTableReader.Open("rpmdb.sqlite", InventoryTesting.Fixture("rpmdb-python.sqlite.gz")).Rows("Packages").Select(r => (byte[])r[1]!).Single();

        CollectionAssert.AreEquivalent(
            new[] { "/usr/lib/python3.12/site-packages/requests-2.31.0.dist-info/METADATA", "/usr/lib/node_modules/npm/package.json" },
            RpmHeader.TryParse(blob)!.LanguageMetadataFiles.ToArray());
    }

    [TestMethod]
    public void Python_and_npm_packages_an_rpm_installed_are_that_rpm_not_language_packages()
    {
        var builder = new InventoryBuilder();
        new RpmDatabaseAnalyzer().Analyze("/var/lib/rpm/rpmdb.sqlite", InventoryTesting.Fixture("rpmdb-python.sqlite.gz"), builder);
        new PythonPackageAnalyzer().Analyze("/usr/lib/python3.12/site-packages/requests-2.31.0.dist-info/METADATA", "Name: requests\nVersion: 2.31.0\n"u8.ToArray(), builder);
        new NpmPackageAnalyzer().Analyze("/usr/lib/node_modules/npm/package.json", """{"name":"npm","version":"10.2.4"}"""u8.ToArray(), builder);
        new PythonPackageAnalyzer().Analyze("/usr/local/lib/python3.12/site-packages/urllib3-2.0.7.dist-info/METADATA", "Name: urllib3\nVersion: 2.0.7\n"u8.ToArray(), builder);

        InventoryTesting.AreEqual(["python3-requests 2.31.0-1.azl3 noarch [python3-requests 2.31.0-1.azl3]", "urllib3 2.0.7 - [- -]"], InventoryTesting.Lines(builder.Build()));
    }

    [TestMethod]
    [DataRow(new byte[] { })]
    [DataRow(new byte[] { 0, 0, 0, 5, 0, 0, 0, 1 })]
    [DataRow(new byte[] { 0, 0, 0, 0, 0, 0, 0, 0 })]
    [DataRow(new byte[] { 5, 0, 0, 0 })]
    public void What_is_not_a_header_blob_yields_nothing(byte[] blob) => Assert.IsNull(RpmHeader.TryParse(blob));

    /// <summary>A header blob of string tags laid out as rpm writes them: il, dl, 16-byte big-endian entries, NUL-terminated data.</summary>
    private static byte[] HeaderBlob(params (int Tag, string Value)[] strings)
    {
        var data = new List<byte>();
        var index = new List<byte>();
        foreach (var (tag, value) in strings)
        {
            index.AddRange(BigEndian(tag).Concat(BigEndian(6)).Concat(BigEndian(data.Count)).Concat(BigEndian(1)));
            data.AddRange(System.Text.Encoding.UTF8.GetBytes(value + "\0"));
        }
        return [.. BigEndian(strings.Length), .. BigEndian(data.Count), .. index, .. data];
    }

    private static byte[] BigEndian(int value)
    {
        var bytes = new byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(bytes, value);
        return bytes;
    }

    private static List<byte[]> SqliteBlobs() =>
        SqliteTableReader.Open("rpmdb.sqlite", InventoryTesting.Fixture("rpmdb.sqlite.gz")).Rows("Packages").Select(r => (byte[])r[1]!).ToList();
}
