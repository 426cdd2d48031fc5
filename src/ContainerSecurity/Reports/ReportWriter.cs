namespace ContainerSecurity.Reports;

/// <summary>Writes the requested report formats into the report directory; returns the paths written.</summary>
public static class ReportWriter
{
    public static IReadOnlyList<string> Write(ScanResult result, string? directory, IReadOnlyList<string> formats)
    {
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
                "sarif" => ("container-security.sarif", SarifReport.Render(result)),
                "cyclonedx" => ("container-security.cdx.json", CycloneDxReport.Render(result, DateTimeOffset.UtcNow)),
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
}
