using System.Diagnostics;

namespace ContainerSecurity.Tests.Fixtures;

/// <summary>
/// Runs the command-line tool as a user does, as a separate process: under a GC heap cap for the hostile-input tests
/// (an allocation spike fails instead of passing on a large machine), or under given environment variables.
/// </summary>
internal static class CliProcess
{
    /// <summary>600 MB: the most a hostile image may make the gate hold.</summary>
    public const string HeapHardLimit = "0x25800000";

    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(5);

    public sealed record Outcome(int Exit, string Output, TimeSpan Elapsed);

    /// <summary>Runs under the <see cref="HeapHardLimit"/> and fails the test when it takes longer than <paramref name="timeout"/>.</summary>
    public static Outcome Run(TimeSpan timeout, params string[] args) =>
        RunCore(timeout, new Dictionary<string, string> { ["DOTNET_GCHeapHardLimit"] = HeapHardLimit }, args);

    public static (int Exit, string Output) Run(IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var outcome = RunCore(DefaultTimeout, environment, args);
        return (outcome.Exit, outcome.Output);
    }

    /// <summary>The diagnostic lines (FILE(L,C): level CODE: message), sorted, without <paramref name="except"/>.</summary>
    public static List<string> Diagnostics(string output, string? except = null) =>
        output.Split('\n').Select(l => l.TrimEnd('\r'))
            .Where(l => System.Text.RegularExpressions.Regex.IsMatch(l, @": (error|warning|info) [A-Z]+[0-9]+: ") && (except is null || !l.Contains($" {except}: ", StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal).ToList();

    private static Outcome RunCore(TimeSpan timeout, IReadOnlyDictionary<string, string>? environment, string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ContainerSecurity.Cli.dll"));
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }
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
