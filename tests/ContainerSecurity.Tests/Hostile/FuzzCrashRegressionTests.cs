using System.IO.Compression;
using ContainerSecurity.Advisories.Matching;
using ContainerSecurity.Advisories.Osv;
using ContainerSecurity.Advisories.Versions;
using ContainerSecurity.Inventory;
using ContainerSecurity.Rules.Dockerfile;

namespace ContainerSecurity.Tests.Hostile;

/// <summary>
/// Every input the fuzzer (build/fuzz.sh) found to crash a parser, kept under Inventory/Fixtures/Fuzz/TARGET/: each is
/// now a skipped file (InventoryFormatException) or read, never another exception or a large allocation. Smaller ones
/// are written into the test.
/// </summary>
[TestClass]
public sealed class FuzzCrashRegressionTests
{
    private static readonly Dictionary<string, string> PathOfTarget = new()
    {
        ["rpm-bdb"] = "/var/lib/rpm/Packages",
        ["rpm-sqlite"] = "/var/lib/rpm/rpmdb.sqlite",
        ["rpm-ndb"] = "/var/lib/rpm/Packages.db",
        ["dpkg-status"] = "/var/lib/dpkg/status",
        ["apk-installed"] = "/lib/apk/db/installed",
        ["deps-json"] = "/app/app.deps.json",
    };

    public static IEnumerable<object[]> Crashes() =>
        from directory in Directory.EnumerateDirectories(Path.Combine(AppContext.BaseDirectory, "Inventory", "Fixtures", "Fuzz"))
        from file in Directory.EnumerateFiles(directory, "*.gz").Order()
        select new object[] { Path.GetFileName(directory), Path.GetFileName(file) };

    [TestMethod]
    [DynamicData(nameof(Crashes))]
    public void A_crash_input_the_fuzzer_found_is_a_skipped_file_with_bounded_allocation(string target, string file)
    {
        var content = Gunzip(Path.Combine(AppContext.BaseDirectory, "Inventory", "Fixtures", "Fuzz", target, file));
        var path = PathOfTarget[target];
        var analyzers = InventoryAnalyzers.All.Where(a => a.Required(path, content.Length)).ToList();
        Assert.IsNotEmpty(analyzers);

        var before = GC.GetAllocatedBytesForCurrentThread();
        foreach (var analyzer in analyzers)
        {
            try
            {
                analyzer.Analyze(path, content, new InventoryBuilder());
            }
            catch (InventoryFormatException)
            {
            }
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.IsLessThan(16L * content.Length + 16 * 1024 * 1024, allocated, $"{file} made the analyzer allocate {allocated} bytes.");
    }

    public static IEnumerable<object[]> OsvCrashes() =>
        from file in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Advisories", "Fixtures", "Fuzz", "osv-record")).Order()
        select new object[] { Path.GetFileName(file) };

    [TestMethod]
    [DynamicData(nameof(OsvCrashes))]
    public void An_osv_record_the_fuzzer_found_to_crash_is_read_or_skipped(string file)
    {
        var json = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Advisories", "Fixtures", "Fuzz", "osv-record", file));

        if (OsvZip.TryParse(json) is { } record)
        {
            _ = OsvEntries.FromRecord(record);
        }
    }

    [TestMethod]
    public void Json_nulls_in_an_osv_record_are_no_elements_and_empty_strings()
    {
        var json = """
            {"id":"DEBIAN-CVE-2024-1","aliases":[null,"CVE-2024-1"],"severity":[null,{"type":null,"score":null}],
             "affected":[null,{"package":{"ecosystem":"Debian:12","name":"glibc"},"severity":[null],
               "ranges":[null,{"type":"ECOSYSTEM","events":[null,{"introduced":"0"},{"fixed":"2.36-9+deb12u5"}]}],"versions":[null]}],
             "references":[null,{"type":null,"url":null}]}
            """u8.ToArray();

        var entries = OsvEntries.FromRecord(OsvZip.TryParse(json)!);

        var entry = entries.Single();
        Assert.AreEqual("glibc", entry.PackageName);
        CollectionAssert.AreEqual(new[] { "CVE-2024-1" }, entry.Aliases.ToList());
        Assert.IsTrue(OsvRangeEvaluator.IsAffected(entry, "2.36-9", DpkgVersionComparer.Instance, out var fix));
        Assert.AreEqual("2.36-9+deb12u5", fix);
    }

    [TestMethod]
    public void An_outer_tar_header_whose_checksum_the_guard_cannot_read_is_refused_before_the_tar_reader_rents_512_MB()
    {
        // build/fuzz.sh outer-tar: checksum "007750\0\x04", which the tar reader accepts; its PAX header declares 512 MB.
        var path = Path.Combine(Fixtures.OciImageBuilder.TempDirectory(), "image.tar");
        File.WriteAllBytes(path, Fixtures.OciImageBuilder.Gunzip(Convert.FromBase64String("H4sICNE+EGsCA2lkOjAwMDAwMCxzaWc6MDIsc3JjOjAwMDA1MyswMDAwMTUsdGltZTozMTc3MSxleGVjczo4OTk1OSxvcDpzcGxpY2UscmVwOjIA09MPSKzwSE1MSS0q1jM0NDA21ddjwARPGCgABkBgZmICpoEAQZtAWabmaOrNzU0NGFgqGKgF9IC+JMKZYGsVsFn7////eobhCRQYAATvMDwEAgAA")));

        var before = GC.GetAllocatedBytesForCurrentThread();
        var e = Assert.ThrowsExactly<ContainerSecurity.Images.ImageFormatException>(() => ContainerSecurity.Images.ImageArchive.Open(path));

        StringAssert.Contains(e.Message, "PAX extended header of 536870959 bytes");
        Assert.IsLessThan(16L * 1024 * 1024, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [TestMethod]
    public void A_hadolint_yaml_that_makes_YamlDotNet_throw_InvalidOperationException_is_CSEC1002()
    {
        // build/fuzz.sh hadolint-yaml, first minute: YamlDotNet's scanner throws InvalidOperationException, not YamlException.
        var crash = Convert.FromBase64String(
            "aWdub3JlZDoKeyAtIERMCgoKCgoKCgoKCgoKCjMwMDgKb3ZlcnJpZGU6CiAgZXJyb3I6CiAgIGluZm86IFtETDMwNTldCnRyjXN0ZWQAEGdpc3RyaWVzOgogIC0gZG9ja2VyLmlvCmxhYmVsLXNjaGVtYTqAAAAAdTogdGV4dApzf3JpY3QtbGFiZWxzOiB0cnVlCv9///91cmUtdGhyZXNob2xkOiB3YXJuaW5nCg==");
        var findings = LintWithConfig(crash);

        Assert.IsTrue(findings.Any(f => f.Code == DockerfileLinter.BadConfigCode && f.Message.Contains("is not valid YAML")), string.Join("\n", findings.Select(f => f.Message)));
    }

    [TestMethod]
    [DataRow("override:\n  [error]: [DL3008]\n")]
    [DataRow("label-schema:\n  ? [a, b]\n  : text\n")]
    public void A_hadolint_yaml_with_a_key_that_is_not_a_string_is_read_without_it(string yaml)
    {
        var findings = LintWithConfig(System.Text.Encoding.UTF8.GetBytes(yaml));

        Assert.IsFalse(findings.Any(f => f.Code == DockerfileLinter.BadConfigCode), string.Join("\n", findings.Select(f => f.Message)));
        Assert.IsTrue(findings.Any(f => f.Code == "DL3008"));
    }

    [TestMethod]
    public void A_hadolint_yaml_larger_than_its_limit_is_CSEC1002_without_being_parsed()
    {
        var findings = LintWithConfig(new byte[HadolintConfig.MaxBytes + 1]);

        Assert.IsTrue(findings.Any(f => f.Code == DockerfileLinter.BadConfigCode && f.Message.Contains($"more than the {HadolintConfig.MaxBytes}")));
    }

    private static IReadOnlyList<Findings.Finding> LintWithConfig(byte[] config)
    {
        var dir = Fixtures.OciImageBuilder.TempDirectory();
        var dockerfile = Path.Combine(dir, "Dockerfile");
        File.WriteAllText(dockerfile, "FROM debian:12\nRUN apt-get update && apt-get install -y curl\nUSER app\n");
        File.WriteAllBytes(Path.Combine(dir, ".hadolint.yaml"), config);
        return DockerfileLinter.Lint(dockerfile, new DockerfileSettings());
    }

    private static byte[] Gunzip(string path)
    {
        using var input = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }
}
