using ContainerSecurity.Policy;

namespace ContainerSecurity;

/// <summary>Everything one scan needs; the MSBuild task and the CLI both fill it in, the task through request.json.</summary>
public sealed record ScanRequest
{
    /// <summary>Image archives or OCI layout folders to scan.</summary>
    public IReadOnlyList<string> Images { get; init; } = [];
    /// <summary>Images in the local Docker-API daemon (e.g. myapp:1.2), saved into <see cref="WorkDirectory"/> and scanned.</summary>
    public IReadOnlyList<string> DaemonImages { get; init; } = [];
    /// <summary>Where the engine may write intermediate files (obj/container-security/); a temp folder when unset.</summary>
    public string? WorkDirectory { get; init; }
    /// <summary>Dockerfiles to lint.</summary>
    public IReadOnlyList<string> Dockerfiles { get; init; } = [];
    /// <summary>hadolint's label-schema for the label rules (DL3048-DL3058); a .hadolint.yaml may set it too.</summary>
    public IReadOnlyDictionary<string, string> LabelSchema { get; init; } = new Dictionary<string, string>();
    public string? ProjectFile { get; init; }
    /// <summary>Files that set the project's properties, in evaluation order (props, project, targets).</summary>
    public IReadOnlyList<string> SettingFiles { get; init; } = [];
    public PolicySettings Policy { get; init; } = new();
    public Rules.ImageSettings ImagePolicy { get; init; } = new();
    public string? ReportDirectory { get; init; }
    /// <summary>Where layer results (and advisory data) are cached; null turns the layer cache off.</summary>
    public string? CacheDirectory { get; init; }
    public IReadOnlyList<string> ReportFormats { get; init; } = ["sarif", "json"];
    /// <summary>The report files' name before the extension; container-security when unset. The lint on build writes container-security.dockerfile.*.</summary>
    public string? ReportName { get; init; }
    /// <summary>Where advisory data comes from; null skips the vulnerability stage (Dockerfile-only scans, engine tests).</summary>
    public Advisories.AdvisoryOptions? Advisories { get; init; }
    public Advisories.VulnerabilitySettings Vulnerabilities { get; init; } = new();
    /// <summary>OpenVEX or CycloneDX VEX files (ContainerSecurityVexDocument, --vex): their not_affected and fixed statements suppress vulnerabilities.</summary>
    public IReadOnlyList<string> VexDocuments { get; init; } = [];
    /// <summary>The day suppressions are judged against; today when unset.</summary>
    public DateOnly? Today { get; init; }
}
