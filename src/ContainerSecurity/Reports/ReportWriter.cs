namespace ContainerSecurity.Reports;

/// <summary>
/// Writes the requested report formats into the report directory as <c>NAME.sarif</c>, <c>NAME.json</c>,
/// <c>NAME.cdx.json</c>, <c>NAME.spdx.json</c>, <c>NAME.md</c> and <c>NAME.openvex.json</c> (NAME = <see cref="ReportContext.ReportName"/>); returns
/// the paths written. The SBOM formats are left out when no image was scanned: an SBOM without packages would read as
/// an empty image.
/// </summary>
public static class ReportWriter
{
    /// <summary>Every format a user may ask for, in the order the documentation lists them.</summary>
    public static IReadOnlyList<string> Formats { get; } = ["sarif", "json", "cyclonedx", "spdx", "markdown", "openvex"];

    public static IReadOnlyList<string> Write(ScanResult result, string? directory, IReadOnlyList<string> formats) =>
        Write(result, directory, formats, new ReportContext());

    /// <summary>Also appends the Markdown report to the GitHub step summary when the context names one, whatever the formats.</summary>
    public static IReadOnlyList<string> Write(ScanResult result, string? directory, IReadOnlyList<string> formats, ReportContext context)
    {
        AppendStepSummary(result, context);
        if (string.IsNullOrEmpty(directory))
        {
            return [];
        }
        var written = new List<string>();
        var name = context.ReportName;
        var sbom = result.Images.Count > 0;
        foreach (var format in formats.Select(f => f.Trim().ToLowerInvariant()).Distinct())
        {
            var (file, content) = format switch
            {
                "json" => (name + ".json", JsonReport.Render(result)),
                "sarif" => (name + ".sarif", SarifReport.Render(result, context)),
                "cyclonedx" when sbom => (name + ".cdx.json", CycloneDxReport.Render(result, context.Now)),
                "spdx" when sbom => (name + ".spdx.json", SpdxReport.Render(result, context.Now)),
                "markdown" => (name + ".md", MarkdownReport.Render(result, context)),
                "openvex" => (name + ".openvex.json", OpenVexReport.Render(result, context.Now)),
                _ => (null, null),
            };
            if (file is null)
            {
                continue;
            }
            var path = Path.Combine(directory, file);
            EngineJson.WriteFileAtomic(path, content!);
            written.Add(path);
        }
        return written;
    }

    private static void AppendStepSummary(ScanResult result, ReportContext context)
    {
        if (context.StepSummaryFile is not { Length: > 0 } file)
        {
            return;
        }
        try
        {
            // Appended, never overwritten: earlier steps of the job wrote their own summaries there.
            File.AppendAllText(file, MarkdownReport.Render(result, context) + "\n");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The job summary is a convenience; the report files are the record, so a read-only summary file never fails the scan.
        }
    }
}
