using System.Diagnostics;
using ContainerSecurity;
using ContainerSecurity.Advisories;
using ContainerSecurity.Inventory;

namespace AdvisoryIndexBench;

/// <summary>
/// Times what a scan does with the index: open it, then match 1,000 installed Debian 12 packages (range evaluation
/// with the dpkg comparer, release scoping, alias merging) — the issue's "1,000 packages under 0.2 s warm".
/// </summary>
internal static class MatchMeasurement
{
    public static int Run(string indexPath, string namesPath, int runs)
    {
        var names = File.ReadAllLines(namesPath);
        var image = new ScannedImage("bench.tar", "sha256:" + new string('a', 64), "sha256:" + new string('c', 64), "linux/amd64", [])
        {
            Os = OsInfo.Create(OsFamilies.Debian, "12", "bookworm", "Debian GNU/Linux 12 (bookworm)"),
            Packages = names.Select((name, i) => new InstalledPackage(new Package
            {
                Name = name.ToLowerInvariant(),
                Version = $"{1 + i % 5}.{i % 7}-{1 + i % 3}",
                Type = PackageType.Dpkg,
                Ecosystem = "Debian",
                Purl = $"pkg:deb/debian/{name}",
                FoundAt = "var/lib/dpkg/status",
            }, "sha256:" + new string('b', 64), true)).ToList(),
        };
        for (var run = 1; run <= runs; run++)
        {
            var stopwatch = Stopwatch.StartNew();
            using var data = new AdvisoryData(new Dictionary<string, IAdvisoryIndex> { ["Debian"] = AdvisoryIndexFile.Open(indexPath) }, []);
            var opened = stopwatch.Elapsed;
            var found = VulnerabilityMatcher.Match(image, data);
            stopwatch.Stop();
            Console.WriteLine($"{$"open + match, run {run} in process",-34} {stopwatch.Elapsed.TotalMilliseconds,7:F1} ms (open {opened.TotalMilliseconds:F1} ms; "
                + $"{image.Packages.Count:N0} packages, {found.Count:N0} vulnerabilities, {found.Select(v => v.PackageName).Distinct().Count():N0} packages affected)");
        }
        return 0;
    }
}
