using ContainerSecurity.Findings;

namespace ContainerSecurity;

public sealed record ScanResult
{
    public IReadOnlyList<Finding> Findings { get; init; } = [];
    public IReadOnlyList<ScannedImage> Images { get; init; } = [];
    public IReadOnlyList<string> Reports { get; init; } = [];
    public int DockerfileCount { get; init; }

    public bool HasErrors => Findings.Any(f => f.Level == DiagnosticLevel.Error);

    public string Summary
    {
        get
        {
            var errors = Findings.Count(f => f.Level == DiagnosticLevel.Error);
            var warnings = Findings.Count(f => f.Level == DiagnosticLevel.Warning);
            var notes = Findings.Count(f => f.Level == DiagnosticLevel.Note);
            return $"Container security scan of {Images.Count} image(s){(DockerfileCount > 0 ? $" and {DockerfileCount} Dockerfile(s)" : "")}: {errors} error(s), {warnings} warning(s), {notes} note(s).";
        }
    }
}
