using System.IO.Compression;
using System.Text;
using ContainerSecurity.Inventory;

namespace ContainerSecurity.Tests.Inventory;

/// <summary>Runs analyzers the way the layer walker will, and prints packages in one comparable line each.</summary>
internal static class InventoryTesting
{
    public static ContainerSecurity.Inventory.Inventory Analyze(IInventoryAnalyzer analyzer, params (string Path, string Content)[] files) =>
        Analyze(analyzer, files.Select(f => (f.Path, Encoding.UTF8.GetBytes(f.Content))).ToArray());

    public static ContainerSecurity.Inventory.Inventory Analyze(IInventoryAnalyzer analyzer, params (string Path, byte[] Content)[] files)
    {
        var builder = new InventoryBuilder();
        foreach (var (path, content) in files)
        {
            Assert.IsTrue(analyzer.Required(path, content.Length), $"{analyzer.Name} should want {path}");
            analyzer.Analyze(path, content, builder);
        }
        return builder.Build();
    }

    /// <summary>"name version arch [source sourceVersion]": what a package list assertion compares.</summary>
    public static List<string> Lines(ContainerSecurity.Inventory.Inventory inventory) =>
        inventory.Packages.Select(p => $"{p.Name} {p.Version} {p.Architecture ?? "-"} [{p.SourceName ?? "-"} {p.SourceVersion ?? "-"}]").ToList();

    public static List<string> Purls(ContainerSecurity.Inventory.Inventory inventory) => inventory.Packages.Select(p => p.Purl).ToList();

    public static byte[] Fixture(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Inventory", "Fixtures", name);
        var bytes = File.ReadAllBytes(path);
        if (!name.EndsWith(".gz", StringComparison.Ordinal))
        {
            return bytes;
        }
        using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
        using var plain = new MemoryStream();
        gzip.CopyTo(plain);
        return plain.ToArray();
    }

    public static void AreEqual(IEnumerable<string> expected, IEnumerable<string> actual) =>
        CollectionAssert.AreEqual(expected.ToList(), actual.ToList(), "\nexpected:\n  " + string.Join("\n  ", expected) + "\nactual:\n  " + string.Join("\n  ", actual));
}
