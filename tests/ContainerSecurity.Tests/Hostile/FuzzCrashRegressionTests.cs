using System.IO.Compression;
using ContainerSecurity.Inventory;

namespace ContainerSecurity.Tests.Hostile;

/// <summary>
/// Every input the fuzzer (build/fuzz.sh) found to crash a parser, kept under Inventory/Fixtures/Fuzz/TARGET/: each is
/// now a skipped file (InventoryFormatException) or read, never another exception or a large allocation.
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

    private static byte[] Gunzip(string path)
    {
        using var input = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }
}
