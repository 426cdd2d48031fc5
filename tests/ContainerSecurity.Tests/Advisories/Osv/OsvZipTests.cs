using ContainerSecurity.Advisories;
using ContainerSecurity.Advisories.Osv;

namespace ContainerSecurity.Tests.Advisories.Osv;

[TestClass]
public sealed class OsvZipTests
{
    [TestMethod]
    public void Yields_one_entry_per_named_affected_package_of_each_usable_record()
    {
        var counts = new OsvZipCounts();

        var entries = OsvZip.ReadEntries(new MemoryStream(OsvFixtures.ExportZip()), counts).ToList();

        CollectionAssert.AreEqual(
            new[]
            {
                "DSA-5678-1 Debian:12 openssl", "DSA-5678-1 Debian:11 openssl", "DEBIAN-CVE-2024-6119 Debian:13 openssl",
                "ALPINE-CVE-2024-6119 Alpine:v3.20 openssl", "UBUNTU-CVE-2024-6119 Ubuntu:24.04:LTS OpenSSL",
                "GHSA-hh2w-p6rv-4g7w NuGet System.Text.Json", "GHSA-hh2w-p6rv-4g7w NuGet Microsoft.NetCore.App.Runtime.linux-x64",
            },
            entries.Select(e => $"{e.Id} {e.Ecosystem} {e.PackageName}").ToArray());
        Assert.AreEqual(8, counts.Records);
        Assert.AreEqual(1, counts.Withdrawn);
        Assert.AreEqual(1, counts.Unparsable);
        Assert.AreEqual(2, counts.SkippedAffected, "the unnamed NuGet package and the GIT-only libxml2");
        Assert.AreEqual(7, counts.Entries);
    }

    [TestMethod]
    public void Keeps_the_record_fields_on_every_entry()
    {
        var dsa = ReadFixtures().Where(e => e.Id == "DSA-5678-1").ToList();

        foreach (var entry in dsa)
        {
            CollectionAssert.AreEqual(new[] { "CVE-2024-2511", "CVE-2024-4603" }, entry.Aliases.ToArray());
            Assert.AreEqual("openssl - security update", entry.Summary);
            Assert.AreEqual("https://www.debian.org/security/2024/dsa-5678", entry.Url);
            Assert.AreEqual(new DateTimeOffset(2024, 5, 1, 12, 30, 0, TimeSpan.Zero), entry.Modified);
        }

        Assert.AreEqual("3.0.14-1~deb12u1", dsa[0].Ranges.Single().Events![1].Fixed);
        Assert.AreEqual(0, dsa[0].Versions.Count);
        CollectionAssert.AreEqual(new[] { "1.1.1n-0+deb11u4", "1.1.1n-0+deb11u5", "1.1.1w-0+deb11u1" }, dsa[1].Versions.ToArray());
    }

    [TestMethod]
    public void Keeps_only_ecosystem_and_semver_ranges()
    {
        var ghsa = ReadFixtures().Where(e => e.Id == "GHSA-hh2w-p6rv-4g7w").ToList();

        Assert.AreEqual("ECOSYSTEM", ghsa[0].Ranges.Single().Type);
        Assert.AreEqual("SEMVER", ghsa[1].Ranges.Single().Type);
        Assert.AreEqual("https://github.com/dotnet/runtime/security/advisories/GHSA-hh2w-p6rv-4g7w", ghsa[0].Url);
    }

    [TestMethod]
    public void Rejects_a_stream_that_is_not_a_zip()
    {
        var notAZip = new MemoryStream("{\"id\": \"DSA-1\"}"u8.ToArray());

        var error = Assert.ThrowsExactly<InvalidDataException>(() => OsvZip.ReadEntries(notAZip).ToList());
        StringAssert.Contains(error.Message, "not a readable zip");
    }

    [TestMethod]
    [DataRow(0.5)]
    [DataRow(0.9)]
    [DataRow(0.99)]
    public void Rejects_a_truncated_zip(double keptFraction)
    {
        var zip = OsvFixtures.ExportZip();
        var truncated = new MemoryStream(zip, 0, (int)(zip.Length * keptFraction));

        Assert.ThrowsExactly<InvalidDataException>(() => OsvZip.ReadEntries(truncated).ToList());
    }

    [TestMethod]
    public void Rejects_a_zip_whose_entry_data_is_corrupt()
    {
        var record = string.Concat(Enumerable.Repeat(OsvFixtures.Dsa, 20));
        var zip = OsvFixtures.Zip(("DSA-5678-1.json", record));
        // Past the 30-byte local header and the name: the deflate data of the only entry.
        for (var i = 60; i < 200; i++)
        {
            zip[i] ^= 0x5A;
        }

        Assert.ThrowsExactly<InvalidDataException>(() => OsvZip.ReadEntries(new MemoryStream(zip)).ToList());
    }

    [TestMethod]
    public void Reads_a_large_export_in_order()
    {
        var zip = ManyRecords(1000);

        var ids = OsvZip.ReadEntries(new MemoryStream(zip)).Select(e => e.Id).ToList();

        CollectionAssert.AreEqual(Enumerable.Range(0, 1000).Select(i => $"ALPINE-CVE-2024-{i}").ToList(), ids);
    }

    [TestMethod]
    [Timeout(10_000, CooperativeCancellation = true)]
    public void Stops_reading_when_the_consumer_stops()
    {
        using var stream = new MemoryStream(ManyRecords(1000));

        var first = OsvZip.ReadEntries(stream).Take(3).ToList();

        Assert.HasCount(3, first);
    }

    private static byte[] ManyRecords(int count) => OsvFixtures.Zip(
        [.. Enumerable.Range(0, count).Select(i => ($"ALPINE-CVE-2024-{i}.json", OsvFixtures.Alpine.Replace("ALPINE-CVE-2024-6119", $"ALPINE-CVE-2024-{i}")))]);

    private static List<AdvisoryEntry> ReadFixtures() => OsvZip.ReadEntries(new MemoryStream(OsvFixtures.ExportZip())).ToList();
}
