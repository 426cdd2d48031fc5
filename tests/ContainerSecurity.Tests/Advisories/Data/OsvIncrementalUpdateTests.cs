using System.Net;
using System.Text;
using ContainerSecurity.Advisories;
using ContainerSecurity.Advisories.Data;
using ContainerSecurity.Tests.Fixtures;

namespace ContainerSecurity.Tests.Advisories.Data;

/// <summary>
/// Refreshing through OSV's modified_id.csv against a loopback server laid out like the bucket
/// (BASE/Debian/all.zip, BASE/Debian/modified_id.csv, BASE/Debian/ID.json).
/// </summary>
[TestClass]
public sealed class OsvIncrementalUpdateTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 28, 8, 0, 0, TimeSpan.Zero);

    private sealed class Bucket : IDisposable
    {
        public Dictionary<string, byte[]> Files { get; } = new(StringComparer.Ordinal);
        public LoopbackHttpServer Server { get; }

        public Bucket() => Server = new LoopbackHttpServer((request, response) =>
        {
            var path = WebUtility.UrlDecode(request.Url!.AbsolutePath);
            if (!Files.TryGetValue(path, out var body))
            {
                response.StatusCode = 404;
                return Task.CompletedTask;
            }
            return LoopbackHttpServer.Send(response, body, path.EndsWith("all.zip", StringComparison.Ordinal) ? $"\"{body.Length}\"" : null);
        });

        public void Record(string id, string package, string? fixedIn, string modified, bool withdrawn = false) =>
            Files[$"/Debian/{id}.json"] = Encoding.UTF8.GetBytes(Json(id, package, fixedIn, modified, withdrawn));

        public void Dispose() => Server.Dispose();
    }

    private static string Json(string id, string package, string? fixedIn, string modified, bool withdrawn = false) => $$"""
        {"id": "{{id}}", "modified": "{{modified}}", {{(withdrawn ? "\"withdrawn\": \"" + modified + "\"," : "")}}
         "affected": [{"package": {"ecosystem": "Debian:12", "name": "{{package}}"},
           "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "0"}{{(fixedIn is null ? "" : ", {\"fixed\": \"" + fixedIn + "\"}")}}]}]}]}
        """;

    private static byte[] Zip(params (string Id, string Json)[] records)
    {
        using var memory = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(memory, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (id, json) in records)
            {
                using var entry = zip.CreateEntry(id + ".json").Open();
                entry.Write(Encoding.UTF8.GetBytes(json));
            }
        }
        return memory.ToArray();
    }

    private static AdvisoryData Load(Bucket bucket, string cache, DateTimeOffset now) => AdvisoryDataLoader.Load(new AdvisoryOptions
    {
        OsvUrl = bucket.Server.BaseUrl,
        CacheDirectory = cache,
        Now = now,
        Network = new() { IdleTimeout = TimeSpan.FromSeconds(5) },
    }, ["Debian"], nuget: false);

    private static Bucket Seeded()
    {
        var bucket = new Bucket();
        bucket.Files["/Debian/all.zip"] = Zip(
            ("DSA-1", Json("DSA-1", "zlib", "1.0-1", "2026-11-01T00:00:00Z")),
            ("DSA-2", Json("DSA-2", "glibc", "2.0-1", "2026-11-02T00:00:00Z")),
            ("DSA-3", Json("DSA-3", "curl", "3.0-1", "2026-11-03T00:00:00Z")));
        return bucket;
    }

    [TestMethod]
    public void Records_changed_since_the_newest_indexed_one_are_fetched_alone_and_replace_the_zip_copy()
    {
        using var bucket = Seeded();
        var cache = OciImageBuilder.TempDirectory();
        Load(bucket, cache, Start).Dispose();

        bucket.Files["/Debian/modified_id.csv"] = Encoding.UTF8.GetBytes(
            "2026-11-27T10:00:00.123456Z,DSA-4\n2026-11-27T09:00:00Z,DSA-2\n2026-11-26T00:00:00Z,DSA-3\n2026-11-03T00:00:00Z,DSA-3\n2026-11-01T00:00:00Z,DSA-1\n");
        bucket.Record("DSA-4", "openssl", null, "2026-11-27T10:00:00.123456Z");
        bucket.Record("DSA-2", "glibc", "2.0-2", "2026-11-27T09:00:00Z");
        bucket.Record("DSA-3", "curl", "3.0-1", "2026-11-26T00:00:00Z", withdrawn: true);

        using var data = Load(bucket, cache, Start.AddHours(25));

        var index = data.Indexes["Debian"];
        Assert.AreEqual("2.0-2", index.Find("glibc").Single().Ranges[0].Events![1].Fixed, "the changed record replaces the zip's");
        Assert.HasCount(1, index.Find("openssl"), "a new record is added");
        Assert.IsEmpty(index.Find("curl"), "a withdrawn record is dropped");
        Assert.HasCount(1, index.Find("zlib"), "an unchanged record stays");
        Assert.AreEqual(1, bucket.Server.Count("/Debian/all.zip"), "all.zip is not downloaded again");
        CollectionAssert.AreEquivalent(new[] { "/Debian/DSA-4.json", "/Debian/DSA-2.json", "/Debian/DSA-3.json" },
            bucket.Server.Requests.Select(r => r.Path).Where(p => p.EndsWith(".json", StringComparison.Ordinal) && !p.EndsWith("all.zip", StringComparison.Ordinal)).ToArray());
        StringAssert.Contains(data.Notices.Single().Message, "3 changed record(s) from modified_id.csv");

        // The next refresh starts from the newest record now known: nothing new, nothing fetched.
        using var again = Load(bucket, cache, Start.AddHours(50));
        Assert.AreEqual(3, bucket.Server.Requests.Count(r => r.Path.StartsWith("/Debian/DSA-", StringComparison.Ordinal)));
        Assert.AreEqual("2.0-2", again.Indexes["Debian"].Find("glibc").Single().Ranges[0].Events![1].Fixed, "the updates survive a reopen");
        Assert.AreEqual(1, bucket.Server.Count("/Debian/all.zip"));
    }

    [TestMethod]
    public void Without_a_list_or_with_too_many_changes_all_zip_is_downloaded_and_old_updates_are_dropped()
    {
        using var bucket = Seeded();
        var cache = OciImageBuilder.TempDirectory();
        Load(bucket, cache, Start).Dispose();

        Load(bucket, cache, Start.AddHours(25)).Dispose();
        Assert.AreEqual(1, bucket.Server.Count("/Debian/modified_id.csv"), "the list was asked for");
        Assert.AreEqual(2, bucket.Server.Count("/Debian/all.zip"), "404 for the list: the conditional all.zip request");

        bucket.Files["/Debian/modified_id.csv"] = Encoding.UTF8.GetBytes("2026-11-27T09:00:00Z,DSA-2\n");
        bucket.Record("DSA-2", "glibc", "2.0-2", "2026-11-27T09:00:00Z");
        Load(bucket, cache, Start.AddHours(50)).Dispose();
        Assert.AreEqual(2, bucket.Server.Count("/Debian/all.zip"));

        var many = new StringBuilder();
        for (var i = 0; i <= OsvIncrementalUpdate.MaxRecords; i++)
        {
            many.Append("2026-11-28T00:00:00Z,DSA-").Append(1000 + i).Append('\n');
        }
        bucket.Files["/Debian/modified_id.csv"] = Encoding.UTF8.GetBytes(many.ToString());
        bucket.Files["/Debian/all.zip"] = Zip(("DSA-9", Json("DSA-9", "bash", "5.0-1", "2026-11-28T00:00:00Z")));

        using var data = Load(bucket, cache, Start.AddHours(75));

        Assert.AreEqual(3, bucket.Server.Count("/Debian/all.zip"), "more changes than MaxRecords: the whole export instead");
        Assert.IsEmpty(data.Indexes["Debian"].Find("glibc"), "the update fetched before belonged to the old zip");
        Assert.HasCount(1, data.Indexes["Debian"].Find("bash"));
    }

    [TestMethod]
    public void A_record_that_cannot_be_fetched_falls_back_to_all_zip()
    {
        using var bucket = Seeded();
        var cache = OciImageBuilder.TempDirectory();
        Load(bucket, cache, Start).Dispose();
        bucket.Files["/Debian/modified_id.csv"] = Encoding.UTF8.GetBytes("2026-11-27T09:00:00Z,DSA-404\n");

        using var data = Load(bucket, cache, Start.AddHours(25));

        Assert.AreEqual(2, bucket.Server.Count("/Debian/all.zip"));
        Assert.HasCount(1, data.Indexes["Debian"].Find("glibc"));
        Assert.IsFalse(data.Notices.Any(n => n.Kind != AdvisoryNoticeKind.Info), "all.zip answered, so nothing is stale");
    }

    [TestMethod]
    public void A_record_that_reaches_the_bucket_late_with_an_older_time_is_still_fetched()
    {
        using var bucket = Seeded();
        var cache = OciImageBuilder.TempDirectory();
        Load(bucket, cache, Start).Dispose();
        // DSA-5 was modified before DSA-3, the newest record the cache holds, but the exporter only listed it now.
        bucket.Files["/Debian/modified_id.csv"] = Encoding.UTF8.GetBytes("2026-11-03T00:00:00Z,DSA-3\n2026-11-02T12:00:00Z,DSA-5\n");
        bucket.Record("DSA-5", "openssl", "3.0-2", "2026-11-02T12:00:00Z");

        using var data = Load(bucket, cache, Start.AddHours(25));

        Assert.HasCount(1, data.Indexes["Debian"].Find("openssl"));
        Assert.AreEqual(1, bucket.Server.Count("/Debian/DSA-5.json"));
        Assert.AreEqual(0, bucket.Server.Count("/Debian/DSA-3.json"), "the cache's copy of DSA-3 is as new as the list says");
    }

    [TestMethod]
    public void Updates_left_behind_never_undo_a_newer_all_zip()
    {
        using var bucket = Seeded();
        var cache = OciImageBuilder.TempDirectory();
        Load(bucket, cache, Start).Dispose();
        bucket.Files["/Debian/modified_id.csv"] = Encoding.UTF8.GetBytes("2026-11-10T00:00:00Z,DSA-2\n");
        bucket.Record("DSA-2", "glibc", "2.0-2", "2026-11-10T00:00:00Z");
        Load(bucket, cache, Start.AddHours(25)).Dispose();
        var updates = Directory.GetFiles(cache, "DSA-2.json", SearchOption.AllDirectories).Single();
        var leftOver = File.ReadAllText(updates);

        // A new all.zip with a later DSA-2 arrives; the refresh is then interrupted before updates/ is emptied.
        bucket.Files.Remove("/Debian/modified_id.csv");
        bucket.Files["/Debian/all.zip"] = Zip(("DSA-2", Json("DSA-2", "glibc", "2.0-3", "2026-11-20T00:00:00Z")));
        Load(bucket, cache, Start.AddHours(50)).Dispose();
        Directory.CreateDirectory(Path.GetDirectoryName(updates)!);
        File.WriteAllText(updates, leftOver);
        foreach (var index in Directory.GetFiles(cache, "index.bin", SearchOption.AllDirectories))
        {
            File.Delete(index);
        }

        using var data = Load(bucket, cache, Start.AddHours(51));

        Assert.AreEqual("2.0-3", data.Indexes["Debian"].Find("glibc").Single().Ranges[0].Events![1].Fixed, "the zip's copy is later");
    }

    [TestMethod]
    public void A_week_old_all_zip_is_downloaded_again_instead_of_patched()
    {
        using var bucket = Seeded();
        var cache = OciImageBuilder.TempDirectory();
        Load(bucket, cache, Start).Dispose();
        bucket.Files["/Debian/modified_id.csv"] = Encoding.UTF8.GetBytes("2026-11-27T09:00:00Z,DSA-2\n");
        bucket.Record("DSA-2", "glibc", "2.0-2", "2026-11-27T09:00:00Z");
        var zip = Directory.GetFiles(cache, "all.zip", SearchOption.AllDirectories).Single();
        File.SetLastWriteTimeUtc(zip, Start.UtcDateTime - OsvIncrementalUpdate.MaxZipAge - TimeSpan.FromDays(1));

        Load(bucket, cache, Start.AddHours(25)).Dispose();

        Assert.AreEqual(0, bucket.Server.Count("/Debian/modified_id.csv"));
        Assert.AreEqual(2, bucket.Server.Count("/Debian/all.zip"));
    }

    private static readonly Dictionary<string, DateTimeOffset?> Held = new()
    {
        ["GHSA-old"] = new DateTimeOffset(2024, 8, 15, 0, 35, 57, 900, TimeSpan.Zero),
        ["PYSEC-2021-123"] = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero),
    };

    [TestMethod]
    [DataRow("2024-08-15T00:35:57.457468Z,PyPI/PYSEC-2021-123\n", "PYSEC-2021-123")]
    [DataRow("2024-08-15T00:35:57Z,GHSA-abcd-efgh-ijkl\r\n2024-08-15T00:35:57Z,GHSA-old\r\n", "GHSA-abcd-efgh-ijkl")]
    [DataRow("2024-08-15T00:35:58Z,GHSA-old\n", "GHSA-old")]
    [DataRow("2024-08-15T00:35:57Z,../../etc/passwd\n", "")]
    public void The_list_is_read_as_OSV_writes_it(string list, string expected)
    {
        var ids = OsvIncrementalUpdate.Changed(Encoding.UTF8.GetBytes(list), Held);
        Assert.AreEqual(expected, string.Join(",", ids!));
    }

    [TestMethod]
    public void A_list_that_is_not_OSV_s_is_no_list() =>
        Assert.IsNull(OsvIncrementalUpdate.Changed("PK\u0003\u0004 binary"u8.ToArray(), Held));
}
