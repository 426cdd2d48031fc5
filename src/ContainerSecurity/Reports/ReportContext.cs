namespace ContainerSecurity.Reports;

/// <summary>
/// What the reports need from outside the scan result: the directory report paths are relative to, the clock, and the
/// GitHub step summary file. The caller reads the environment; the writers never do.
/// </summary>
public sealed record ReportContext
{
    /// <summary>The repository root (or project directory) that SARIF artifact URIs are made relative to.</summary>
    public string? SourceRoot { get; init; }

    /// <summary>Where a finding without a location is anchored in SARIF: code scanning rejects a file with a result that has none.</summary>
    public string? ProjectFile { get; init; }

    /// <summary>The file <c>GITHUB_STEP_SUMMARY</c> names; the Markdown report is appended to it.</summary>
    public string? StepSummaryFile { get; init; }

    public DateTimeOffset Now { get; init; } = DateTimeOffset.UtcNow;

    /// <summary>The report files' name before the extension: container-security, or container-security.dockerfile for the lint on build.</summary>
    public string ReportName { get; init; } = DefaultReportName;

    public const string DefaultReportName = "container-security";

    public static ReportContext For(ScanRequest request, Func<string, string?> environment) => new()
    {
        SourceRoot = SourceRoots.Find(request.ProjectFile ?? request.Dockerfiles.FirstOrDefault()),
        ProjectFile = request.ProjectFile,
        StepSummaryFile = environment("GITHUB_STEP_SUMMARY") is { Length: > 0 } summary ? summary : null,
        ReportName = request.ReportName is { Length: > 0 } name && Path.GetFileName(name) == name && name.IndexOfAny(Path.GetInvalidFileNameChars()) < 0 && !name.StartsWith('.')
            ? name : DefaultReportName,
    };
}
