using ContainerSecurity.Rules;

namespace ContainerSecurity.Findings;

/// <summary>Every code the product can report, rules and engine codes alike: the source of docs/rules.md and SARIF rule titles.</summary>
public static class DiagnosticCatalog
{
    private static readonly RuleInfo[] EngineCodes =
    [
        new("CSEC3004", DiagnosticLevel.Error, "A package has a critical vulnerability",
            "Upgrade the package to the fixed version the message names: update the base image for OS packages and the .NET runtime, the PackageReference for NuGet packages. If it does not apply to you, suppress it with a ContainerSecuritySuppress item (advisory id or CVE), a Justification and an Until date."),
        new("CSEC3003", DiagnosticLevel.Error, "A package has a high-severity vulnerability",
            "Upgrade the package to the fixed version the message names (base image or PackageReference), or suppress the advisory with a Justification and an Until date."),
        new("CSEC3002", DiagnosticLevel.Warning, "A package has a medium-severity vulnerability",
            "Upgrade the package when a fix is available; ContainerSecurityFailOn=Medium makes these errors."),
        new("CSEC3001", DiagnosticLevel.Warning, "A package has a low-severity vulnerability",
            "Upgrade the package when convenient; ContainerSecurityAuditLevel=Medium hides these."),
        new("CSEC3000", DiagnosticLevel.Warning, "A package has a vulnerability of unknown severity",
            "Read the advisory and judge it; nobody has rated it yet. ContainerSecurityFailOn=Unknown makes these errors."),
        new(DiagnosticCodes.AdvisoryDataStale, DiagnosticLevel.Warning, "The advisory data is older than ContainerSecurityDatabaseMaxAgeHours",
            "Run a build with network access (ContainerSecurityOffline=false) or refresh the mirror folder ContainerSecurityOsvUrl points at; vulnerabilities published since are not known to this scan."),
        new(DiagnosticCodes.AdvisoryDownloadFailed, DiagnosticLevel.Warning, "The advisory data could not be refreshed; the cached copy was used",
            "Check the network or the ContainerSecurityOsvUrl mirror; the message names the error and the age of the data used."),
        new(DiagnosticCodes.CachedFileDiscarded, DiagnosticLevel.Warning, "A cached file was damaged or did not match and was discarded",
            "Nothing to do when it happens once: the file was treated as absent and rebuilt or downloaded again. If it keeps happening, check the disk and whether another tool writes into ContainerSecurityCacheDirectory.")
        {
            Since = "0.2",
        },
        new(DiagnosticCodes.BaseImageUnsigned, DiagnosticLevel.Error, "A base image that must be signed carries no cosign signature",
            "Use a base image its publisher signed with cosign (the sha256-<digest>.sig tag beside it), sign it yourself (cosign sign --key), or narrow the ContainerSecurityBaseImageSigner scope the message names."),
        new(DiagnosticCodes.BaseImageSignatureInvalid, DiagnosticLevel.Error, "No signature of the base image verifies with the scope's keys",
            "The base image is signed, but not by a key of its ContainerSecurityBaseImageSigner scope, or the signature names another digest or type: use the image the publisher signed, or add the publisher's public key as another item for the scope."),
        new(DiagnosticCodes.DeliveryNotSigned, DiagnosticLevel.Warning, "ContainerSecuritySigningKey is set, but the image went to a daemon or an archive and was not signed",
            "Publish to a registry (ContainerRegistry) to push a cosign signature of what passed the gate; a local daemon or an archive has no place for one."),
        new(DiagnosticCodes.SignatureCheckFailed, DiagnosticLevel.Error, "A base image's signature could not be checked",
            "Make the base image's registry reachable (and log in: docker login, or DOTNET_CONTAINER_REGISTRY_UNAME/PWORD); the message names the registry's answer. The build never passes a base image whose signature it could not check."),
        new(DiagnosticCodes.PackageListUnreadable, DiagnosticLevel.Warning, "A file that lists installed packages could not be read",
            "The message names the file and what is wrong with it: its packages are not in the SBOM and were not checked for vulnerabilities. Rebuild the layer that wrote it (a damaged package database), or report the format if the image is a common one."),
        new(DiagnosticCodes.AdvisoryDataUnavailable, DiagnosticLevel.Error, "No advisory data could be downloaded and none is cached",
            "Check the network or proxy, or point ContainerSecurityOsvUrl at a mirror folder laid out as <folder>/<Ecosystem>/all.zip; a cache filled once (ContainerSecurityCacheDirectory) also works offline."),
        new(Rules.Dockerfile.DockerfileLinter.ParseErrorCode, DiagnosticLevel.Error, "BuildKit would reject the Dockerfile",
            "Fix the instruction at the line shown; `docker build` fails on it too."),
        new(Rules.Dockerfile.DockerfileLinter.UnusedPragmaCode, DiagnosticLevel.Note, "An ignore pragma suppresses nothing",
            "Remove the `# hadolint ignore=` or `# containersecurity ignore=` comment, or the codes in it that no longer fire."),
        new(Rules.Dockerfile.DockerfileLinter.BadConfigCode, DiagnosticLevel.Error, "The .hadolint.yaml could not be read",
            "Fix the YAML (ignored:, override:, trustedRegistries:, failure-threshold:, label-schema:, strict-labels:)."),
        new(Rules.Dockerfile.DockerfileLinter.BadDockerIgnoreCode, DiagnosticLevel.Warning, "A .dockerignore line could not be read",
            "Fix the pattern at the line shown (Go filepath.Match syntax: a character class needs a character before ], write \\] or \\- for those characters, ranges go low-high, a trailing \\ escapes nothing), or remove the line: `docker build` fails on it too.")
        { Since = "0.2" },
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
            "Correct the setting the message names (e.g. write Until as yyyy-MM-dd). For a VEX document (ContainerSecurityVexDocument, --vex) the message names the file and what is wrong in it; none of its statements apply until it is fixed."),
        new(DiagnosticCodes.DeliveredDigestMismatch, DiagnosticLevel.Error, "What reached the destination is not the image that was scanned",
            "Publish again; if the registry rewrites manifests, push to a registry that stores them as sent."),
    ];

    /// <summary>One entry per code: a code both the image and the Dockerfile report (CSEC4001, CSEC5001) is listed once.</summary>
    public static IReadOnlyList<RuleInfo> All { get; } = RuleRegistry.All.Concat(EngineCodes).DistinctBy(r => r.Id).ToList();

    public static RuleInfo? Find(string code) => All.FirstOrDefault(r => r.Id.Equals(code, StringComparison.OrdinalIgnoreCase));
}
