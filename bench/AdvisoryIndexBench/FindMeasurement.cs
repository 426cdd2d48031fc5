using System.Diagnostics;
using ContainerSecurity.Advisories;

namespace AdvisoryIndexBench;

/// <summary>Times opening the index and looking up every name; the first run pays the JIT, the second does not.</summary>
internal static class FindMeasurement
{
    public static int Run(string indexPath, string namesPath)
    {
        var names = File.ReadAllLines(namesPath);
        Measure("open + find, 1st run in process", indexPath, names);
        Measure("open + find, 2nd run in process", indexPath, names);
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
