using System.Diagnostics;
using System.Text;
using ContainerSecurity.Advisories.Versions;

namespace ContainerSecurity.Tests.Advisories;

[TestClass]
public sealed class RpmVersionComparerTests
{
    private static readonly RpmVersionComparer Comparer = RpmVersionComparer.Instance;

    // Cases after rpm's own tests/rpmvercmp.at, checked with rpm 4.18's rpm.vercmp.
    [TestMethod]
    [DataRow("1.0", "1.0", 0)]
    [DataRow("1.0", "2.0", -1)]
    [DataRow("2.0.1", "2.0.1a", -1)]
    [DataRow("5.5p1", "5.5p10", -1)]
    [DataRow("10xyz", "10.1xyz", -1)]
    [DataRow("xyz10", "xyz10.1", -1)]
    [DataRow("xyz.4", "8", -1)]
    [DataRow("b", "a", 1)]
    [DataRow("1.0aa", "1.0a", 1)]
    [DataRow("2a", "2.0", -1)]
    [DataRow("1.0", "1.fc4", 1)]
    [DataRow("3.0.0_fc", "3.0.0.fc", 0)]
    [DataRow("1++", "1_", 0)]
    [DataRow("+", "_", 0)]
    [DataRow("1.0~rc1", "1.0", -1)]
    [DataRow("1.0~rc1", "1.0~rc1~git123", 1)]
    [DataRow("1.0^", "1.0", 1)]
    [DataRow("1.0^git1", "1.01", -1)]
    [DataRow("1.0^git1~pre", "1.0^git1", -1)]
    [DataRow("1.0^git1", "1.0^git1~pre", 1)]
    [DataRow("1.0~rc1^git1", "1.0~rc1", 1)]
    [DataRow("1:1.0", "2.0", 1)]
    [DataRow("1.0-1", "1.0", 1)]
    [DataRow("0:1.0-1", "1.0-1", 0)]
    public void Orders_like_rpm(string a, string b, int expected)
    {
        Assert.AreEqual(expected, Comparer.Compare(a, b));
        Assert.AreEqual(-expected, Comparer.Compare(b, a));
    }

    [TestMethod]
    public void Agrees_with_rpm_on_generated_pairs()
    {
        if (!File.Exists("/usr/bin/rpm"))
            Assert.Inconclusive("rpm is not installed.");
        var pairs = new VersionGenerator(seed: 4711, symbols: ".._+~^", allowEpoch: true, releaseSeparator: '-')
            .Pairs(5000).ToList();

        var expected = RunRpm(pairs);
        Assert.HasCount(pairs.Count, expected);
        var disagreements = pairs.Zip(expected)
            .Where(x => Comparer.Compare(x.First.A, x.First.B) != x.Second)
            .Select(x => $"{x.First.A} vs {x.First.B}: rpm says {x.Second}")
            .ToList();
        Assert.IsEmpty(disagreements, string.Join("\n", disagreements.Take(20)));
    }

    // All comparisons in one Lua chunk, loaded from a file since one argument is limited to 128 KiB.
    private static List<int> RunRpm(List<(string A, string B)> pairs)
    {
        // rpm's Lua print() adds no newline, so the results are joined and printed once.
        var chunk = new StringBuilder("local r = {}\n");
        foreach (var (a, b) in pairs)
            chunk.Append("r[#r + 1] = rpm.vercmp([[").Append(a).Append("]], [[").Append(b).AppendLine("]])");
        chunk.AppendLine("print(table.concat(r, '\\n'))");
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, chunk.ToString());
            var start = new ProcessStartInfo("/usr/bin/rpm", ["--eval", $"%{{lua: dofile('{file}')}}"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(start)!;
            var errors = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.AreEqual(string.Empty, errors.Result);
            return [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse)];
        }
        finally
        {
            File.Delete(file);
        }
    }
}
