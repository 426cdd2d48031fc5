using System.Diagnostics;

namespace ContainerSecurity.Tests.Fixtures;

/// <summary>The CLI as a separate process under a GC heap cap, so an allocation spike fails instead of passing on a large machine.</summary>
internal static class CliProcess
{
    /// <summary>600 MB: the most a hostile image may make the gate hold.</summary>
    public const string HeapHardLimit = "0x25800000";

    public sealed record Outcome(int Exit, string Output, TimeSpan Elapsed);

    public static Outcome Run(TimeSpan timeout, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ContainerSecurity.Cli.dll"));
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }
        start.Environment["DOTNET_GCHeapHardLimit"] = HeapHardLimit;
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"The CLI did not finish within {timeout.TotalSeconds} s: {string.Join(' ', args)}");
        }
        process.WaitForExit();
        return new Outcome(process.ExitCode, stdout.Result + stderr.Result, clock.Elapsed);
    }
}
