using System.Diagnostics;
using ContainerSecurity.Inventory;

namespace ContainerSecurity.Tests.Inventory;

/// <summary>The machine the tests run on is Debian: its own dpkg database must read exactly as dpkg-query reads it.</summary>
[TestClass]
public sealed class RealDpkgStatusTests
{
    private const string StatusFile = "/var/lib/dpkg/status";

    [TestMethod]
    public void Matches_dpkg_query_on_this_machine()
    {
        if (!File.Exists(StatusFile))
        {
            Assert.Inconclusive("This machine has no dpkg database.");
        }
        var expected = DpkgQuery("${db:Status-Status} ${Package} ${Version} ${Architecture} ${source:Package} ${source:Version}")
            .Where(line => line.StartsWith("installed ", StringComparison.Ordinal))
            .Select(line => line["installed ".Length..])
            .ToHashSet();

        var inventory = InventoryTesting.Analyze(new DpkgStatusAnalyzer(), (StatusFile, File.ReadAllBytes(StatusFile)));
        var actual = inventory.Packages.Select(p => $"{p.Name} {p.Version} {p.Architecture} {p.SourceName} {p.SourceVersion}").ToHashSet();

        Assert.IsGreaterThan(50, expected.Count, "dpkg-query listed suspiciously few packages");
        CollectionAssert.AreEquivalent(expected.Order().ToList(), actual.Order().ToList(),
            $"only dpkg-query: {string.Join(", ", expected.Except(actual).Take(10))}; only the analyzer: {string.Join(", ", actual.Except(expected).Take(10))}");
        Assert.HasCount(expected.Count, inventory.Packages);
    }

    private static List<string> DpkgQuery(string format)
    {
        var start = new ProcessStartInfo("dpkg-query", ["-W", "-f", format + "\n"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.AreEqual(0, process.ExitCode, process.StandardError.ReadToEnd());
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
    }
}
