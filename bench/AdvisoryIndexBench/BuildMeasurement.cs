using System.Diagnostics;
using ContainerSecurity.Advisories;
using ContainerSecurity.Advisories.Osv;

namespace AdvisoryIndexBench;

/// <summary>Times the index build from the export and compares the sizes.</summary>
internal static class BuildMeasurement
{
    public static int Run(string zipPath, string indexPath)
    {
        var counts = new OsvZipCounts();
        var stopwatch = Stopwatch.StartNew();
        using (var zip = File.OpenRead(zipPath))
        {
            AdvisoryIndexFile.Write(OsvZip.ReadEntries(zip, counts), indexPath);
        }

        stopwatch.Stop();
        var zipBytes = new FileInfo(zipPath).Length;
        var indexBytes = new FileInfo(indexPath).Length;
        Console.WriteLine($"records            {counts.Records:N0} ({counts.Withdrawn:N0} withdrawn, {counts.Unparsable:N0} unparsable, {counts.SkippedAffected:N0} affected skipped)");
        Console.WriteLine($"entries            {counts.Entries:N0}");
        Console.WriteLine($"build time         {stopwatch.Elapsed.TotalSeconds:F2} s");
        // The machine may be shared: CPU time shows the work itself when the wall time is stretched by other load.
        Console.WriteLine($"cpu time           {Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds:F2} s (GC pauses {GC.GetTotalPauseDuration().TotalSeconds:F2} s)");
        Console.WriteLine($"peak working set   {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MiB");
        Console.WriteLine($"zip size           {zipBytes / 1048576.0:F1} MiB");
        Console.WriteLine($"index size         {indexBytes / 1048576.0:F1} MiB ({100.0 * indexBytes / zipBytes:F0}% of the zip)");
        return 0;
    }
}
