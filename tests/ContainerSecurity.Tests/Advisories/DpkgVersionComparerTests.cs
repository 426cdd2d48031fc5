using System.Diagnostics;
using ContainerSecurity.Advisories.Versions;

namespace ContainerSecurity.Tests.Advisories;

[TestClass]
public sealed class DpkgVersionComparerTests
{
    private static readonly DpkgVersionComparer Comparer = DpkgVersionComparer.Instance;

    [TestMethod]
    [DataRow("1.0", "1.0", 0)]
    [DataRow("1.0", "1.0-0", 0)]
    [DataRow("0:1.0", "1.0", 0)]
    [DataRow("1.0~rc1", "1.0", -1)]
    [DataRow("1.0~~", "1.0~", -1)]
    [DataRow("1.0~", "1.0", -1)]
    [DataRow("1.0+b1", "1.0", 1)]
    [DataRow("1.0a", "1.0+", -1)]
    [DataRow("1:0.1", "9.9", 1)]
    [DataRow("1.01", "1.1", 0)]
    [DataRow("2.30-1ubuntu1", "2.30-1", 1)]
    [DataRow("1.2-3-4", "1.2-3", 1)]
    public void Orders_like_dpkg(string a, string b, int expected)
    {
        Assert.AreEqual(expected, Math.Sign(Comparer.Compare(a, b)));
        Assert.AreEqual(-expected, Math.Sign(Comparer.Compare(b, a)));
    }

    [TestMethod]
    [DataRow("1.0", true)]
    [DataRow("1:2.3-4", true)]
    [DataRow("", false)]
    [DataRow("a:1.0", false)]
    [DataRow("1.0-", false)]
    [DataRow("abc", false)]
    [DataRow("1.0 2", false)]
    public void Validates_like_dpkg(string version, bool expected) => Assert.AreEqual(expected, Comparer.IsValid(version));

    [TestMethod]
    public void Agrees_with_dpkg_on_generated_pairs()
    {
        if (!File.Exists("/usr/bin/dpkg"))
            Assert.Inconclusive("dpkg is not installed.");
        var pairs = new VersionGenerator(seed: 440, symbols: ".+~-", allowEpoch: true, releaseSeparator: '-')
            .Pairs(3000).Where(p => Comparer.IsValid(p.A) && Comparer.IsValid(p.B)).ToList();
        Assert.IsGreaterThan(2000, pairs.Count);

        // Two shells side by side, one per core of the CI machine.
        var half = pairs.Count / 2;
        var first = Task.Run(() => RunDpkg(pairs[..half]));
        var second = Task.Run(() => RunDpkg(pairs[half..]));
        var expected = first.Result.Concat(second.Result).ToList();
        Assert.HasCount(pairs.Count, expected);
        var disagreements = pairs.Zip(expected)
            .Where(x => Math.Sign(Comparer.Compare(x.First.A, x.First.B)) != x.Second)
            .Select(x => $"{x.First.A} vs {x.First.B}: dpkg says {x.Second}")
            .ToList();
        Assert.IsEmpty(disagreements, string.Join("\n", disagreements.Take(20)));
    }

    // One shell for all pairs: a process per comparison is what costs, not dpkg itself.
    private static List<int> RunDpkg(List<(string A, string B)> pairs)
    {
        const string script = """
            while read -r a b; do
              if dpkg --compare-versions "$a" lt "$b"; then echo -1
              elif dpkg --compare-versions "$a" eq "$b"; then echo 0
              else echo 1; fi
            done
            """;
        var start = new ProcessStartInfo("/bin/bash", ["-c", script])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        foreach (var (a, b) in pairs)
            process.StandardInput.WriteLine($"{a} {b}");
        process.StandardInput.Close();
        process.WaitForExit();
        Assert.AreEqual(string.Empty, errors.Result);
        return [.. output.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse)];
    }
}
