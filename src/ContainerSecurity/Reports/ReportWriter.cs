namespace ContainerSecurity.Reports;

/// <summary>Writes the requested report formats into the report directory; returns the paths written.</summary>
public static class ReportWriter
{
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
        foreach (var format in formats.Select(f => f.Trim().ToLowerInvariant()).Distinct())
        {
            var (file, content) = format switch
            {
                "json" => ("container-security.json", JsonReport.Render(result)),
                "sarif" => ("container-security.sarif", SarifReport.Render(result, context)),
                "cyclonedx" => ("container-security.cdx.json", CycloneDxReport.Render(result, context.Now)),
                "markdown" => ("container-security.md", MarkdownReport.Render(result, context)),
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
