namespace ContainerSecurity.Cli;

/// <summary>What the command line prints for a scan: progress and data messages, the findings in MSBuild's format, the images, the summary.</summary>
public static class ConsoleReport
{
    public static IEnumerable<string> Lines(ScanResult result, string fallbackOrigin)
    {
        foreach (var message in result.Messages)
        {
            yield return message;
        }
        foreach (var finding in result.Findings)
        {
            yield return DiagnosticFormatter.Format(finding, fallbackOrigin);
        }
        foreach (var image in result.Images)
        {
            yield return $"Scanned {image.Platform ?? "image"} {image.ManifestDigest}";
        }
        yield return result.Summary;
    }
}
