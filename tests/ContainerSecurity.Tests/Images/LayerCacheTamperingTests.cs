using ContainerSecurity.Advisories;
using ContainerSecurity.Findings;
using ContainerSecurity.Tests.Fixtures;

namespace ContainerSecurity.Tests.Images;

/// <summary>
/// Every cached layer result is untrusted: a damaged, truncated, swapped or forged entry is discarded with CSEC5011,
/// the layer is read again, and the scan finds exactly what a scan without a cache finds — never an empty layer.
/// </summary>
[TestClass]
public sealed class LayerCacheTamperingTests
{
    public static IEnumerable<object[]> Cases => CacheEntryTampering.Cases;

    private static ScanResult Scan(VulnerableAppImage image, string cache) => Scanner.Scan(new ScanRequest
    {
        Images = [image.Archive],
        Advisories = new AdvisoryOptions { OsvUrl = image.Mirror, CacheDirectory = cache },
        Vulnerabilities = new VulnerabilitySettings(),
        CacheDirectory = cache,
        Today = new DateOnly(2026, 11, 28),
    });

    /// <summary>What a user sees of a scan, without the cache warnings.</summary>
    private static List<string> Outcome(ScanResult result) =>
        [.. result.Findings.Where(f => f.Code != DiagnosticCodes.CachedFileDiscarded).Select(f => $"{f.Level} {f.Code} {f.Message}").Order(StringComparer.Ordinal),
         $"packages: {result.Images.Single().Packages.Count}", $"not read for secrets: {result.Images.Single().SecretScanSkipped}"];

    [TestMethod]
    public void A_warm_scan_finds_what_a_scan_without_cache_finds()
    {
        var dir = OciImageBuilder.TempDirectory();
        var image = VulnerableAppImage.Write(dir);
        var clean = Scan(image, Path.Combine(dir, "no-cache"));
        var cache = Path.Combine(dir, "cache");

        var cold = Scan(image, cache);
        var warm = Scan(image, cache);

        Assert.IsTrue(warm.Images.Single().Layers.All(l => l.FromCache));
        CollectionAssert.AreEqual(Outcome(clean), Outcome(cold));
        CollectionAssert.AreEqual(Outcome(clean), Outcome(warm));
        Assert.AreEqual(3, warm.Images.Single().Packages.Count);
        Assert.IsTrue(warm.Findings.Any(f => f.Code == "CSEC3004"), "the critical CVE");
        StringAssert.Contains(warm.Findings.Single(f => f.Code == "CSEC4001").Message, VulnerableAppImage.MaskedPassword);
        Assert.IsFalse(warm.Findings.Any(f => f.Code == DiagnosticCodes.CachedFileDiscarded));
        Assert.IsTrue(warm.HasErrors);
    }

    [TestMethod]
    [DynamicData(nameof(Cases))]
    public void A_tampered_entry_is_discarded_with_CSEC5011_and_the_layer_read_again(string how, string layer, string reason)
    {
        var dir = OciImageBuilder.TempDirectory();
        var image = VulnerableAppImage.Write(dir);
        var clean = Outcome(Scan(image, Path.Combine(dir, "no-cache")));
        var cache = Path.Combine(dir, "cache");
        Scan(image, cache);
        var (target, other) = layer == "base" ? (image.BaseLayerDigest, image.AppLayerDigest) : (image.AppLayerDigest, image.BaseLayerDigest);
        var file = VulnerableAppImage.CacheFile(cache, target);
        File.WriteAllBytes(file, CacheEntryTampering.Apply(how, File.ReadAllBytes(file), File.ReadAllBytes(VulnerableAppImage.CacheFile(cache, other))));

        var tampered = Scan(image, cache);

        var warning = tampered.Findings.Single(f => f.Code == DiagnosticCodes.CachedFileDiscarded);
        Assert.AreEqual(DiagnosticLevel.Warning, warning.Level);
        StringAssert.Contains(warning.Message, $"The layer cache file '{file}' was damaged or did not match and was discarded: ");
        StringAssert.Contains(warning.Message, reason);
        StringAssert.Contains(warning.Message, $"Layer {target} was read from the image again and its results rebuilt.");
        Assert.DoesNotContain(VulnerableAppImage.Password, warning.Message);
        CollectionAssert.AreEqual(clean, Outcome(tampered));
        Assert.IsFalse(tampered.Images.Single().Layers.Single(l => l.Digest == target).FromCache);

        var next = Scan(image, cache);
        Assert.IsTrue(next.Images.Single().Layers.All(l => l.FromCache), "the entry was written again");
        Assert.IsFalse(next.Findings.Any(f => f.Code == DiagnosticCodes.CachedFileDiscarded));
        CollectionAssert.AreEqual(clean, Outcome(next));
    }

    [TestMethod]
    public void An_entry_filed_under_another_key_is_discarded()
    {
        var dir = OciImageBuilder.TempDirectory();
        var image = VulnerableAppImage.Write(dir);
        var cacheDir = Path.Combine(dir, "layers");
        using var archive = ContainerSecurity.Images.ImageArchive.Open(image.Archive);
        var interest = ContainerSecurity.Images.Layers.FileInterest.Where((path, _) => path == "/var/lib/dpkg/status");
        ContainerSecurity.Images.Layers.ImageFileSystem.Read(archive, archive.Images[0], interest, cache: new ContainerSecurity.Images.Layers.LayerCache(cacheDir, "k1"));
        ContainerSecurity.Images.Layers.ImageFileSystem.Read(archive, archive.Images[0], interest, cache: new ContainerSecurity.Images.Layers.LayerCache(cacheDir, "k2"));
        var k1 = Directory.GetFiles(cacheDir, image.BaseLayerDigest.Replace(':', '-') + ".*.layer").Select(f => (f, File.GetLastWriteTimeUtc(f))).OrderBy(f => f.Item2).ToList();
        Assert.HasCount(2, k1, "each key has its own file: engine versions sharing a folder do not overwrite each other");
        File.Copy(k1[0].f, k1[1].f, overwrite: true);

        var fs = ContainerSecurity.Images.Layers.ImageFileSystem.Read(archive, archive.Images[0], interest, cache: new ContainerSecurity.Images.Layers.LayerCache(cacheDir, "k2"));

        StringAssert.Contains(fs.DiscardedCacheEntries.Single(), "it was written by another engine or analyzer version than its name says");
        Assert.IsNotNull(fs.ReadContent("/var/lib/dpkg/status"));
    }
}
