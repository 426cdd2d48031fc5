using ContainerSecurity.Findings;

namespace ContainerSecurity;

public sealed record ScanResult
{
    public IReadOnlyList<Finding> Findings { get; init; } = [];
    public IReadOnlyList<ScannedImage> Images { get; init; } = [];
    public IReadOnlyList<string> Reports { get; init; } = [];
    public int DockerfileCount { get; init; }
    /// <summary>Progress worth a log line: where advisory data came from and how old it is.</summary>
    public IReadOnlyList<string> Messages { get; init; } = [];
    /// <summary>Milliseconds per stage (read and analyse each image, advisory data, matching, Dockerfiles, reports).</summary>
    public IReadOnlyList<StageTiming> Timings { get; init; } = [];

    public bool HasErrors => Findings.Any(f => f.Level == DiagnosticLevel.Error);

    /// <summary>" Vulnerabilities: 1 critical, 2 high, ..." over the reported (not suppressed) ones; empty when no image was scanned.</summary>
    public string VulnerabilityCounts
    {
        get
        {
            if (Images.Count == 0)
            {
                return "";
            }
            var reported = Findings.Where(f => f.Vulnerability is not null && f.SuppressedBy is null).Select(f => f.Vulnerability!.Severity).ToList();
            var suppressed = Findings.Count(f => f.Vulnerability is not null && f.SuppressedBy is not null);
            var counts = Enum.GetValues<Advisories.Severity>().Reverse().Select(s => $"{reported.Count(r => r == s)} {s.ToString().ToLowerInvariant()}");
            return $" Vulnerabilities: {string.Join(", ", counts)}{(suppressed > 0 ? $" ({suppressed} suppressed)" : "")}.";
        }
    }

    public string Summary
    {
        get
        {
            var errors = Findings.Count(f => f.Level == DiagnosticLevel.Error);
            var warnings = Findings.Count(f => f.Level == DiagnosticLevel.Warning);
            var notes = Findings.Count(f => f.Level == DiagnosticLevel.Note);
            var packages = Images.Sum(i => i.Packages.Count);
            var notRead = Images.Sum(i => i.SecretScanSkipped);
            var skipped = notRead > 0 ? $" {notRead} file(s) that could hold secrets were not read (binary, or over 512 KB)." : "";
            var inventory = Images.Count > 0 ? $", {packages} package(s)" : "";
            return $"Container security scan of {Images.Count} image(s){(DockerfileCount > 0 ? $" and {DockerfileCount} Dockerfile(s)" : "")}{inventory}: {errors} error(s), {warnings} warning(s), {notes} note(s).{VulnerabilityCounts}{skipped}";
        }
    }
}
