using ContainerSecurity.Tests.Fixtures;

namespace ContainerSecurity.Tests.Cli;

/// <summary>
/// The command line over a tampered cache folder and over images that used to exhaust memory: the exit code and
/// findings of a clean scan, a CSEC5011 warning naming each discarded file, and no allocation spike — the tool runs
/// under a GC heap limit, so one would fail the test.
/// </summary>
[TestClass]
public sealed class HostileCacheCliTests
{
    // 600 MB: the budget issue 17 sets for any input.
    private static readonly Dictionary<string, string> HeapLimit600MB = new() { ["DOTNET_GCHeapHardLimit"] = "0x25800000" };

    private static (int Exit, string Output) Scan(VulnerableAppImage image, string cache, IReadOnlyDictionary<string, string>? environment = null) =>
        CliProcess.Run(environment, "image", image.Archive, "--cache-dir", cache, "--osv-url", image.Mirror, "--format", "json", "--report-dir", Path.Combine(cache, "..", "reports"));

    [TestMethod]
    public void A_tampered_cache_gives_CSEC5011_and_the_findings_and_exit_code_of_a_clean_scan()
    {
        var dir = OciImageBuilder.TempDirectory();
        var image = VulnerableAppImage.Write(dir);
        var (cleanExit, clean) = Scan(image, Path.Combine(dir, "clean-cache"));
        var cache = Path.Combine(dir, "cache");
        Scan(image, cache);
        var baseFile = VulnerableAppImage.CacheFile(cache, image.BaseLayerDigest);
        var appFile = VulnerableAppImage.CacheFile(cache, image.AppLayerDigest);
        var appEntry = File.ReadAllBytes(appFile);
        File.WriteAllBytes(appFile, CacheEntryTampering.Apply("bit flip", appEntry, appEntry));
        File.WriteAllBytes(baseFile, CacheEntryTampering.Apply("negative content length", File.ReadAllBytes(baseFile), appEntry));

        var (exit, output) = Scan(image, cache);

        Assert.AreEqual(1, cleanExit, clean);
        Assert.AreEqual(cleanExit, exit, output);
        var warnings = CliProcess.Diagnostics(output).Where(l => l.Contains(" CSEC5011: ", StringComparison.Ordinal)).ToList();
        Assert.HasCount(2, warnings, output);
        Assert.IsTrue(warnings.Any(w => w.Contains($"warning CSEC5011: The layer cache file '{baseFile}' was damaged or did not match and was discarded: it gives -5 bytes", StringComparison.Ordinal)), output);
        Assert.IsTrue(warnings.Any(w => w.Contains($"'{appFile}' was damaged or did not match and was discarded: its SHA-256 checksum does not match", StringComparison.Ordinal)), output);
        CollectionAssert.AreEqual(CliProcess.Diagnostics(clean), CliProcess.Diagnostics(output, except: "CSEC5011"), output);
        StringAssert.Contains(output, "error CSEC3004:");
        StringAssert.Contains(output, "error CSEC4001:");
        StringAssert.Contains(output, VulnerableAppImage.MaskedPassword);
        Assert.DoesNotContain(VulnerableAppImage.Password, output);
        StringAssert.Contains(output, "3 package(s)");
    }

    [TestMethod]
    public void A_cache_entry_with_a_400_MB_path_is_discarded_within_600_MB_of_heap()
    {
        var dir = OciImageBuilder.TempDirectory();
        var image = VulnerableAppImage.Write(dir);
        var (_, clean) = Scan(image, Path.Combine(dir, "clean-cache"));
        var cache = Path.Combine(dir, "cache");
        Scan(image, cache);
        var baseFile = VulnerableAppImage.CacheFile(cache, image.BaseLayerDigest);
        CacheEntryTampering.WriteWithHugePath(File.ReadAllBytes(baseFile), 400 * 1024 * 1024, baseFile);

        var (exit, output) = Scan(image, cache, HeapLimit600MB);

        Assert.AreEqual(1, exit, output);
        Assert.DoesNotContain("OutOfMemory", output);
        StringAssert.Contains(output, $"warning CSEC5011: The layer cache file '{baseFile}' was damaged or did not match and was discarded: it gives 419430400 bytes as the length of a path");
        CollectionAssert.AreEqual(CliProcess.Diagnostics(clean), CliProcess.Diagnostics(output, except: "CSEC5011"), output);
        Assert.IsLessThan(1024 * 1024, new FileInfo(baseFile).Length, "the entry was rebuilt");
    }

    [TestMethod]
    public void An_image_with_more_text_than_the_content_cap_is_scanned_as_it_streams_within_a_small_heap()
    {
        // 300 MB of text files: more than the 256 MB the scan keeps in memory (so holding them was CSEC9001), scanned
        // under a 200 MB heap (the 1.2 GB image with 600 MB of text is measured by hand: see the report).
        var dir = OciImageBuilder.TempDirectory();
        var (layout, planted) = LargeTextImage.Write(Path.Combine(dir, "layout"), textBytes: 300L * 1024 * 1024);

        var (exit, output) = CliProcess.Run(new Dictionary<string, string> { ["DOTNET_GCHeapHardLimit"] = "0xC800000" },
            "image", layout, "--cache-dir", Path.Combine(dir, "cache"), "--offline", "--format", "json", "--report-dir", Path.Combine(dir, "reports"));

        Assert.DoesNotContain("CSEC9001", output);
        Assert.DoesNotContain("OutOfMemory", output);
        Assert.AreEqual(1, exit, output);
        var secrets = CliProcess.Diagnostics(output).Where(l => l.Contains("error CSEC4001:", StringComparison.Ordinal)).ToList();
        Assert.HasCount(planted.Count, secrets, output);
        foreach (var file in planted)
        {
            Assert.IsTrue(secrets.Any(s => s.Contains($"file {file} (layer 2, added by the app's layers) holds a GitHub token (ghp_********) on line 2", StringComparison.Ordinal)), file + "\n" + output);
        }
        Assert.DoesNotContain(LargeTextImage.Token, output);
        Directory.Delete(dir, recursive: true);
    }
}
