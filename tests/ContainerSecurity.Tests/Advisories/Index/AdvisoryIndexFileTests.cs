using System.Text.Json;
using ContainerSecurity.Advisories;
using ContainerSecurity.Advisories.Index;
using ContainerSecurity.Advisories.Osv;
using ContainerSecurity.Tests.Advisories.Osv;

namespace ContainerSecurity.Tests.Advisories.Index;

[TestClass]
public sealed class AdvisoryIndexFileTests
{
    private string _directory = "";

    [TestInitialize]
    public void CreateDirectory() => _directory = Directory.CreateTempSubdirectory("csec-index-").FullName;

    [TestCleanup]
    public void DeleteDirectory() => Directory.Delete(_directory, recursive: true);

    private string IndexPath => Path.Combine(_directory, "Debian.index");

    [TestMethod]
    public void Finds_every_entry_written_for_a_name_ignoring_case()
    {
        var entries = FixtureEntries();
        AdvisoryIndexFile.Write(entries, IndexPath);

        using var index = Open();

        var expected = entries.Where(e => e.PackageName.Equals("openssl", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.HasCount(5, expected);
        AssertSame(expected, index.Find("openssl"));
        AssertSame(expected, index.Find("OPENSSL"));
        AssertSame(entries.Where(e => e.PackageName == "System.Text.Json").ToList(), index.Find("system.text.json"));
    }

    [TestMethod]
    public void Finds_nothing_for_an_absent_name()
    {
        AdvisoryIndexFile.Write(FixtureEntries(), IndexPath);

        using var index = Open();

        Assert.IsEmpty(index.Find("libxml2"));
        Assert.IsEmpty(index.Find(""));
        Assert.IsEmpty(index.Find("zzz"));
    }

    [TestMethod]
    public void Round_trips_every_field()
    {
        var entry = new AdvisoryEntry
        {
            Id = "GHSA-1234-5678-9abc",
            Aliases = ["CVE-2025-0001", "CVE-2025-0002"],
            Summary = "Ünïcode summary ✓",
            Severity = Severity.Critical,
            Score = 9.8,
            SeveritySource = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H",
            Url = "https://example.test/advisory",
            Modified = new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.FromHours(-5)).AddTicks(1234),
            Ecosystem = "NuGet",
            PackageName = "Contoso.Lib",
            Ranges = [new OsvRange { Type = "SEMVER", Events = [new OsvEvent { Introduced = "1.0.0" }, new OsvEvent { Fixed = "1.2.3", Limit = "2.0.0" }, new OsvEvent { LastAffected = "1.1.9" }] }],
            Versions = ["1.0.0", "1.1.0"],
            NuGetRange = "[1.0.0, 1.2.3)",
        };
        var sparse = new AdvisoryEntry { Id = "DSA-1-1", Ecosystem = "Debian:12", PackageName = "contoso.lib" };
        AdvisoryIndexFile.Write([entry, sparse], IndexPath);

        using var index = Open();

        AssertSame([entry, sparse], index.Find("Contoso.Lib"));
        Assert.AreEqual(entry.Modified, index.Find("Contoso.Lib")[0].Modified);
        Assert.AreEqual(entry.Modified!.Value.Offset, index.Find("Contoso.Lib")[0].Modified!.Value.Offset);
    }

    [TestMethod]
    public void Writes_an_empty_index()
    {
        AdvisoryIndexFile.Write([], IndexPath);

        using var index = Open();

        Assert.IsEmpty(index.Find("openssl"));
    }

    [TestMethod]
    public void Decodes_only_the_names_asked_for_and_only_once()
    {
        AdvisoryIndexFile.Write(FixtureEntries(), IndexPath);

        using var index = (AdvisoryIndexReader)AdvisoryIndexFile.Open(IndexPath);

        Assert.AreEqual(3, index.NameCount, "openssl (every spelling), System.Text.Json, the runtime pack");
        Assert.AreEqual(0, index.DecodedNameCount);
        var first = index.Find("openssl");
        index.Find("absent");
        Assert.AreEqual(1, index.DecodedNameCount);
        Assert.AreSame(first, index.Find("OpenSSL"));
        Assert.AreEqual(1, index.DecodedNameCount);
    }

    [TestMethod]
    public void Replaces_an_index_atomically_even_while_it_is_open()
    {
        var entries = FixtureEntries();
        AdvisoryIndexFile.Write(entries, IndexPath);
        using var before = Open();

        AdvisoryIndexFile.Write(entries.Where(e => e.PackageName != "System.Text.Json"), IndexPath);

        using var after = Open();
        Assert.IsEmpty(after.Find("System.Text.Json"));
        Assert.HasCount(1, before.Find("System.Text.Json"), "an open index keeps reading the file it opened");
        CollectionAssert.AreEqual(new[] { IndexPath }, Directory.GetFiles(_directory), "no temporary file is left behind");
    }

    [TestMethod]
    public void Leaves_nothing_behind_when_an_entry_cannot_be_written()
    {
        var failing = FixtureEntries().Append(null!);

        Assert.Throws<Exception>(() => AdvisoryIndexFile.Write(failing, IndexPath));

        Assert.IsEmpty(Directory.GetFiles(_directory));
    }

    [TestMethod]
    public void Rejects_a_missing_file_as_missing() =>
        Assert.ThrowsExactly<FileNotFoundException>(() => AdvisoryIndexFile.Open(IndexPath));

    private static List<AdvisoryEntry> FixtureEntries() => OsvZip.ReadEntries(new MemoryStream(OsvFixtures.ExportZip())).ToList();

    private AdvisoryIndexReader Open() => (AdvisoryIndexReader)AdvisoryIndexFile.Open(IndexPath);

    private static void AssertSame(IReadOnlyList<AdvisoryEntry> expected, IReadOnlyList<AdvisoryEntry> actual) =>
        CollectionAssert.AreEqual(expected.Select(ToJson).ToArray(), actual.Select(ToJson).ToArray());

    private static string ToJson(AdvisoryEntry entry) => JsonSerializer.Serialize(entry);
}
