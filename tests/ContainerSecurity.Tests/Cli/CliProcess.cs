using System.Diagnostics;

namespace ContainerSecurity.Tests.Cli;

/// <summary>Runs the built command line as a user does: a real process, its output and exit code.</summary>
internal static class CliProcess
{
    public static (int Exit, string Output) Run(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ContainerSecurity.Cli.dll"));
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"the CLI did not finish within 5 minutes: {string.Join(' ', args)}");
        }
        return (process.ExitCode, stdout + stderr.Result);
    }
}
