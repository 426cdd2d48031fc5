using System.Diagnostics;

namespace ContainerSecurity.Tests.Fixtures;

/// <summary>Runs the command-line tool as a user does, optionally under environment variables such as DOTNET_GCHeapHardLimit.</summary>
internal static class CliProcess
{
    public static (int Exit, string Output) Run(IReadOnlyDictionary<string, string>? environment, params string[] args)
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
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout + stderr.Result);
    }

    /// <summary>The diagnostic lines (FILE(L,C): level CODE: message), sorted, without <paramref name="except"/>.</summary>
    public static List<string> Diagnostics(string output, string? except = null) =>
        output.Split('\n').Select(l => l.TrimEnd('\r'))
            .Where(l => System.Text.RegularExpressions.Regex.IsMatch(l, @": (error|warning|info) [A-Z]+[0-9]+: ") && (except is null || !l.Contains($" {except}: ", StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal).ToList();
}
