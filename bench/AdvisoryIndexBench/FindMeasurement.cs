using System.Diagnostics;
using ContainerSecurity.Advisories;

namespace AdvisoryIndexBench;

/// <summary>Times opening the index and looking up every name; the first run in a process pays the JIT, later ones do not.</summary>
internal static class FindMeasurement
{
    public static int Run(string indexPath, string namesPath, int runs)
    {
        var names = File.ReadAllLines(namesPath);
        for (var run = 1; run <= runs; run++)
        {
            Measure($"open + find, run {run} in process", indexPath, names);
        }

        return 0;
    }

    private static void Measure(string label, string indexPath, string[] names)
    {
        var stopwatch = Stopwatch.StartNew();
        var index = AdvisoryIndexFile.Open(indexPath);
        var opened = stopwatch.Elapsed;
        var found = 0;
        var entries = 0;
        foreach (var name in names)
        {
            var matches = index.Find(name);
            found += matches.Count > 0 ? 1 : 0;
            entries += matches.Count;
        }

        stopwatch.Stop();
        (index as IDisposable)?.Dispose();
        Console.WriteLine($"{label,-34} {stopwatch.Elapsed.TotalMilliseconds,7:F1} ms (open {opened.TotalMilliseconds:F1} ms; "
            + $"{names.Length:N0} names, {found:N0} found, {entries:N0} entries)");
    }
}
