using ContainerSecurity.Rules;

namespace ContainerSecurity.Findings;

/// <summary>Every code the product can report, rules and engine codes alike: the source of docs/rules.md and SARIF rule titles.</summary>
public static class DiagnosticCatalog
{
    private static readonly RuleInfo[] EngineCodes =
    [
        new(Rules.Dockerfile.DockerfileLinter.ParseErrorCode, DiagnosticLevel.Error, "BuildKit would reject the Dockerfile",
            "Fix the instruction at the line shown; `docker build` fails on it too."),
        new(Rules.Dockerfile.DockerfileLinter.UnusedPragmaCode, DiagnosticLevel.Note, "An ignore pragma suppresses nothing",
            "Remove the `# hadolint ignore=` or `# containersecurity ignore=` comment, or the codes in it that no longer fire."),
        new(Rules.Dockerfile.DockerfileLinter.BadConfigCode, DiagnosticLevel.Error, "The .hadolint.yaml could not be read",
            "Fix the YAML (ignored:, override:, trustedRegistries:, failure-threshold:, label-schema:, strict-labels:)."),
        new(DiagnosticCodes.SuppressionExpired, DiagnosticLevel.Warning, "A suppression has expired",
            "Fix the finding, or extend the suppression's Until date with a new Justification."),
        new(DiagnosticCodes.SuppressionUnused, DiagnosticLevel.Note, "A suppression matched nothing",
            "Remove the ContainerSecuritySuppress item if the finding is gone for good."),
        new(DiagnosticCodes.ImageUnreadable, DiagnosticLevel.Error, "The image could not be read",
            "Rebuild the image; check that the path names an OCI archive, an OCI layout folder or a docker-save archive, and that nothing modified it (every blob must match its digest)."),
        new(DiagnosticCodes.NoAdvisoryData, DiagnosticLevel.Error, "No advisory data is available offline",
            "Run once with network access (or point ContainerSecurityOsvUrl at a mirror folder) to fill the cache, or set ContainerSecurityOffline=false."),
        new(DiagnosticCodes.DaemonUnreachable, DiagnosticLevel.Error, "No local container daemon accepted the image",
            "Start Docker or the Podman service, set DOCKER_HOST, or publish to a registry (ContainerRegistry) or an archive (ContainerArchiveOutputPath)."),
        new(DiagnosticCodes.DeliveryFailed, DiagnosticLevel.Error, "The scanned image could not be delivered",
            "Read the registry's answer in the message: log in (docker login, or DOTNET_CONTAINER_REGISTRY_UNAME/PWORD), check the registry name, or free disk space for archives."),
        new(DiagnosticCodes.HostFailed, DiagnosticLevel.Error, "The scan engine crashed, hung or wrote an unreadable result",
            "Replay the scan with the command in the message; raise ContainerSecurityTimeoutSeconds for very large images; reinstall the package if its files are damaged."),
        new(DiagnosticCodes.BadRequest, DiagnosticLevel.Error, "A setting or request is invalid",
            "Correct the setting the message names (e.g. write Until as yyyy-MM-dd)."),
        new(DiagnosticCodes.DeliveredDigestMismatch, DiagnosticLevel.Error, "What reached the destination is not the image that was scanned",
            "Publish again; if the registry rewrites manifests, push to a registry that stores them as sent."),
    ];

    /// <summary>One entry per code: a code both the image and the Dockerfile report (CSEC4001, CSEC5001) is listed once.</summary>
    public static IReadOnlyList<RuleInfo> All { get; } = RuleRegistry.All.Concat(EngineCodes).DistinctBy(r => r.Id).ToList();

    public static RuleInfo? Find(string code) => All.FirstOrDefault(r => r.Id.Equals(code, StringComparison.OrdinalIgnoreCase));
}
