using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.Serialization;
using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace ContainerSecurity.Build.Tasks;

/// <summary>
/// Runs the engine host (`dotnet ContainerSecurity.Cli.dll host VERB request.json result.json`) out of process and
/// turns every way it can fail — missing, crashed, hung, garbage out — into a CSEC9005 error instead of MSB4018.
/// </summary>
public abstract class EngineHostTask : Task, ICancelableTask
{
    private const string HostFailed = "CSEC9005";
    private Process? _process;

    /// <summary>The host assembly shipped in the package (tools/host/ContainerSecurity.Cli.dll).</summary>
    [Required] public string HostAssembly { get; set; } = "";

    /// <summary>$(DOTNET_HOST_PATH): the dotnet that runs MSBuild, as the SDK's own tasks find it.</summary>
    public string? DotNetHostPath { get; set; }

    /// <summary>$(NetCoreRoot), the fallback when DOTNET_HOST_PATH is not set (Visual Studio).</summary>
    public string? NetCoreRoot { get; set; }

    /// <summary>Where request and result files go (obj/container-security/).</summary>
    [Required] public string WorkingDirectory { get; set; } = "";

    [Required] public string ProjectFile { get; set; } = "";

    public int TimeoutSeconds { get; set; } = 900;

    /// <summary>ContainerSecurityNetworkTimeoutSeconds: how long a network call may stall (no answer, nothing moving, a trickle).</summary>
    public string? NetworkTimeoutSeconds { get; set; }

    /// <summary>ContainerSecurityNetworkDeadlineSeconds: how long all network calls of one push or one scan's downloads may take.</summary>
    public string? NetworkDeadlineSeconds { get; set; }

    /// <summary>The network limits for the request; logs CSEC9006 for a value that is not a positive number of seconds.</summary>
    private protected WireNetworkLimits NetworkLimits() => new()
    {
        IdleTimeout = TimeSpan.FromSeconds(Seconds(NetworkTimeoutSeconds, "ContainerSecurityNetworkTimeoutSeconds", 30)).ToString("c", CultureInfo.InvariantCulture),
        Deadline = TimeSpan.FromSeconds(Seconds(NetworkDeadlineSeconds, "ContainerSecurityNetworkDeadlineSeconds", 600)).ToString("c", CultureInfo.InvariantCulture),
    };

    private double Seconds(string? value, string property, double fallback)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds > 0 && seconds <= 7 * 24 * 3600)
        {
            return seconds;
        }
        Log.LogError(null, "CSEC9006", null, Help("CSEC9006"), ProjectFile, 0, 0, 0, 0, $"{property}='{value}' is not a positive number of seconds, e.g. 30.");
        return fallback;
    }

    public void Cancel()
    {
        try
        {
            _process?.Kill();
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    public override bool Execute()
    {
        try
        {
            ExecuteCore();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or SerializationException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            LogFailure($"The container security scan could not run: {e.Message}");
        }
        return !Log.HasLoggedErrors;
    }

    protected abstract void ExecuteCore();

    /// <summary>Writes the request, runs the host and reads the result; null (with an error logged) when the host failed.</summary>
    private protected TResult? RunHost<TRequest, TResult>(string verb, TRequest request) where TResult : class
    {
        Directory.CreateDirectory(WorkingDirectory);
        var requestPath = Path.Combine(WorkingDirectory, verb + "-request.json");
        var resultPath = Path.Combine(WorkingDirectory, verb + "-result.json");
        WireJson.Write(requestPath, request);
        if (File.Exists(resultPath))
        {
            File.Delete(resultPath);
        }

        var dotnet = FindDotNet();
        var start = new ProcessStartInfo(dotnet, $"\"{HostAssembly}\" host {verb} \"{requestPath}\" \"{resultPath}\"")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            CreateNoWindow = true,
        };
        var output = new StringBuilder();
        Log.LogMessage(MessageImportance.Low, $"{dotnet} {start.Arguments}");
        var watch = Stopwatch.StartNew();
        using (_process = new Process { StartInfo = start })
        {
            _process.OutputDataReceived += (_, e) => Append(output, e.Data);
            _process.ErrorDataReceived += (_, e) => Append(output, e.Data);
            _process.Start();
            _process.BeginOutputReadLine();
            _process.BeginErrorReadLine();
            if (!_process.WaitForExit(TimeoutSeconds * 1000))
            {
                Cancel();
                _process.WaitForExit(5000);
                LogFailure($"The container security engine did not finish within {TimeoutSeconds} s and was stopped. Raise ContainerSecurityTimeoutSeconds if the image is very large. Replay: dotnet \"{HostAssembly}\" host {verb} \"{requestPath}\" out.json");
                return null;
            }
            _process.WaitForExit();
            Log.LogMessage(MessageImportance.Low, $"Container security engine ({verb}) took {watch.ElapsedMilliseconds} ms.");
            if (_process.ExitCode != 0 || !File.Exists(resultPath))
            {
                LogFailure($"The container security engine failed (exit code {_process.ExitCode}) and wrote no result. Replay: dotnet \"{HostAssembly}\" host {verb} \"{requestPath}\" out.json. Its output: {Tail(output.ToString())}");
                return null;
            }
        }
        _process = null;

        try
        {
            return WireJson.Read<TResult>(resultPath) ?? throw new SerializationException("empty result");
        }
        catch (Exception e) when (e is SerializationException or System.Xml.XmlException or ArgumentException or FormatException)
        {
            LogFailure($"The container security engine wrote a result that cannot be read ({resultPath}): {e.Message}. Reinstall the ContainerSecurity.Build package; if it persists, report it with that file.");
            return null;
        }
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (output)
        {
            if (output.Length < 64 * 1024)
            {
                output.AppendLine(line);
            }
        }
    }

    private static string Tail(string text)
    {
        text = text.Trim();
        return text.Length <= 2000 ? text : "..." + text.Substring(text.Length - 2000);
    }

    private string FindDotNet()
    {
        if (!string.IsNullOrEmpty(DotNetHostPath) && File.Exists(DotNetHostPath))
        {
            return DotNetHostPath!;
        }
        var exe = Path.DirectorySeparatorChar == '\\' ? "dotnet.exe" : "dotnet";
        if (!string.IsNullOrEmpty(NetCoreRoot) && File.Exists(Path.Combine(NetCoreRoot, exe)))
        {
            return Path.Combine(NetCoreRoot, exe);
        }
        return exe;
    }

    protected void LogFailure(string message) =>
        Log.LogError(null, HostFailed, null, Help(HostFailed), ProjectFile, 0, 0, 0, 0, message);

    protected static string Help(string code) =>
        "https://github.com/containersecurity-build/containersecurity-build/blob/main/docs/rules.md#" + code.ToLowerInvariant();

    /// <summary>Logs engine findings at the level the engine decided (it already applied NoWarn and friends).</summary>
    private protected void LogFindings(IEnumerable<WireFinding>? findings)
    {
        // GitHub's MSBuild problem matcher (actions/setup-dotnet csc.json) only reads (LINE) and (LINE,COL): with an
        // end position MSBuild prints (LINE,COL,ENDLINE,ENDCOL) and the annotation is lost. Visual Studio keeps the range.
        var withEnd = !string.Equals(Environment.GetEnvironmentVariable("GITHUB_ACTIONS"), "true", StringComparison.OrdinalIgnoreCase);
        foreach (var f in findings ?? Enumerable.Empty<WireFinding>())
        {
            var l = f.Location;
            var endLine = withEnd ? l?.EndLine ?? 0 : 0;
            var endColumn = withEnd ? l?.EndColumn ?? 0 : 0;
            var file = string.IsNullOrEmpty(l?.File) ? ProjectFile : l!.File;
            var message = f.SuppressedBy is { Length: > 0 } by ? $"{f.Message} (suppressed by {by})" : f.Message;
            var help = f.HelpLink ?? Help(f.Code);
            switch (f.Level)
            {
                case "error":
                    Log.LogError(null, f.Code, null, help, file, l?.Line ?? 0, l?.Column ?? 0, endLine, endColumn, message);
                    break;
                case "warning":
                    Log.LogWarning(null, f.Code, null, help, file, l?.Line ?? 0, l?.Column ?? 0, endLine, endColumn, message);
                    break;
                default:
                    Log.LogMessage(null, f.Code, null, file, l?.Line ?? 0, l?.Column ?? 0, endLine, endColumn, MessageImportance.Normal, message);
                    break;
            }
        }
    }

    protected static List<string> Split(string? value) =>
        (value ?? "").Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries).Select(s => s.Trim()).Where(s => s.Length > 0).ToList();
}
