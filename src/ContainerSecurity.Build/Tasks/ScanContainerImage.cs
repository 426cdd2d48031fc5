using System;
using System.Globalization;
using System.Linq;
using Microsoft.Build.Framework;

namespace ContainerSecurity.Build.Tasks;

/// <summary>Scans image archives with the engine host and logs each finding as an MSBuild error, warning or message.</summary>
public sealed class ScanContainerImage : EngineHostTask
{
    public ITaskItem[] ImageArchives { get; set; } = Array.Empty<ITaskItem>();
    /// <summary>Images in the local Docker-API daemon, by name (e.g. myapp:1.2).</summary>
    public string[] DaemonImages { get; set; } = Array.Empty<string>();
    public ITaskItem[] Dockerfiles { get; set; } = Array.Empty<ITaskItem>();
    public ITaskItem[] SettingFiles { get; set; } = Array.Empty<ITaskItem>();
    public ITaskItem[] Suppressions { get; set; } = Array.Empty<ITaskItem>();
    /// <summary>ContainerSecurityVexDocument items: OpenVEX or CycloneDX VEX files.</summary>
    public ITaskItem[] VexDocuments { get; set; } = Array.Empty<ITaskItem>();
    public string? NoWarn { get; set; }
    public string? WarningsAsErrors { get; set; }
    public string? WarningsNotAsErrors { get; set; }
    public bool TreatWarningsAsErrors { get; set; }
    /// <summary>ContainerSecurityAnalysisLevel: empty (the baseline), 'latest' or a release like 0.2; the engine validates it.</summary>
    public string? AnalysisLevel { get; set; }
    public string? ReportDirectory { get; set; }
    public string? CacheDirectory { get; set; }
    public string? BaseImage { get; set; }
    public string? TrustedRegistries { get; set; }
    /// <summary>ContainerSecurityDeniedImage items: the image pattern and its Justification metadata.</summary>
    public ITaskItem[] DeniedImages { get; set; } = Array.Empty<ITaskItem>();
    /// <summary>ContainerSecurityBaseImageSigner items: the scope and its PublicKey metadata (relative to the project).</summary>
    public ITaskItem[] BaseImageSigners { get; set; } = Array.Empty<ITaskItem>();
    public int MaxImageSizeMB { get; set; } = 500;
    public int MaxBaseImageAgeDays { get; set; } = 180;
    public bool RequireBaseImageDigest { get; set; }
    public ITaskItem[] UnnecessaryPackages { get; set; } = Array.Empty<ITaskItem>();
    public ITaskItem[] AllowedPackages { get; set; } = Array.Empty<ITaskItem>();
    public string? ReportFormats { get; set; }
    /// <summary>The report files' name before the extension; the lint on build passes container-security.dockerfile.</summary>
    public string? ReportName { get; set; }
    /// <summary>The project's InvariantGlobalization (true/false; empty when unset), for CSEC2007's advice.</summary>
    public string? InvariantGlobalization { get; set; }
    public string? OsvUrl { get; set; }
    public bool Offline { get; set; }
    public string? DatabaseMaxAgeHours { get; set; }
    public string? NuGetSources { get; set; }
    public string? FailOn { get; set; }
    public string? AuditLevel { get; set; }
    public bool IgnoreUnfixed { get; set; }
    /// <summary>Where the gate delivers a passing image (Registry, Daemon, Archive); empty outside the gate.</summary>
    public string? Destination { get; set; }

    /// <summary>The manifest digests the scan saw, for delivery to check it ships the same.</summary>
    private double MaxAgeHours() =>
        double.TryParse(DatabaseMaxAgeHours, NumberStyles.Float, CultureInfo.InvariantCulture, out var hours) && hours >= 0 ? hours : 24;

    [Output] public string[] ScannedDigests { get; private set; } = Array.Empty<string>();

    /// <summary>The engine's ReportWriter.Formats (this assembly does not reference the engine).</summary>
    private static readonly string[] KnownReportFormats = { "sarif", "json", "cyclonedx", "spdx", "markdown", "openvex" };

    /// <summary>
    /// The item's Image metadata, else its Include. MSBuild expands a literal * in an Include against the file system,
    /// so a pattern with wildcards is written as Image="docker.io/library/*" or Include="docker.io/library/%2A".
    /// </summary>
    private static string DeniedImagePattern(ITaskItem item)
    {
        var image = item.GetMetadata("Image");
        return (string.IsNullOrWhiteSpace(image) ? item.ItemSpec : image).Trim();
    }

    /// <summary>A key path as written in the project, relative to the project's folder.</summary>
    private string KeyPath(string path) =>
        string.IsNullOrWhiteSpace(path) || string.IsNullOrEmpty(ProjectFile) ? path.Trim() : System.IO.Path.GetFullPath(System.IO.Path.Combine(System.IO.Path.GetDirectoryName(ProjectFile)!, path.Trim()));

    protected override void ExecuteCore()
    {
        var request = new WireScanRequest
        {
            Images = ImageArchives.Select(i => i.GetMetadata("FullPath")).ToList(),
            DaemonImages = DaemonImages.Where(d => !string.IsNullOrWhiteSpace(d)).ToList(),
            Dockerfiles = Dockerfiles.Select(i => i.GetMetadata("FullPath")).Where(p => p.Length > 0).ToList(),
            WorkDirectory = WorkingDirectory,
            ProjectFile = ProjectFile,
            SettingFiles = SettingFiles.Select(i => i.GetMetadata("FullPath")).Where(p => p.Length > 0).Distinct().ToList(),
            ReportDirectory = string.IsNullOrEmpty(ReportDirectory) ? null : ReportDirectory,
            CacheDirectory = string.IsNullOrEmpty(CacheDirectory) ? null : CacheDirectory,
            ReportFormats = Split(ReportFormats),
            ReportName = string.IsNullOrWhiteSpace(ReportName) ? null : ReportName!.Trim(),
            VexDocuments = VexDocuments.Select(i => i.GetMetadata("FullPath")).Where(p => p.Length > 0).Distinct().ToList(),
            Advisories = ImageArchives.Length + DaemonImages.Length == 0 ? null : new WireAdvisoryOptions
            {
                OsvUrl = string.IsNullOrWhiteSpace(OsvUrl) ? null : OsvUrl!.Trim(),
                CacheDirectory = CacheDirectory ?? "",
                Offline = Offline,
                MaxAge = TimeSpan.FromHours(MaxAgeHours()).ToString("c", CultureInfo.InvariantCulture),
                NuGetSources = Split(NuGetSources),
                Network = NetworkLimits(),
            },
            Vulnerabilities = new WireVulnerabilitySettings
            {
                FailOn = string.IsNullOrWhiteSpace(FailOn) ? "High" : FailOn!.Trim(),
                AuditLevel = string.IsNullOrWhiteSpace(AuditLevel) ? "Low" : AuditLevel!.Trim(),
                IgnoreUnfixed = IgnoreUnfixed,
            },
            ImagePolicy = new WireImagePolicy
            {
                BaseImage = string.IsNullOrEmpty(BaseImage) ? null : BaseImage,
                TrustedRegistries = Split(TrustedRegistries),
                DeniedImages = DeniedImages.Select(i => (Item: i, Pattern: DeniedImagePattern(i))).Where(d => d.Pattern.Length > 0)
                    .Select(d => d.Item).Select(i => new WireDeniedImage { Pattern = DeniedImagePattern(i), Justification = string.IsNullOrWhiteSpace(i.GetMetadata("Justification")) ? null : i.GetMetadata("Justification") })
                    .ToList(),
                BaseImageSigners = BaseImageSigners.Select(i => new WireBaseImageSigner { Scope = i.ItemSpec.Trim(), PublicKey = KeyPath(i.GetMetadata("PublicKey")) }).ToList(),
                MaxImageSizeMB = MaxImageSizeMB,
                MaxBaseImageAgeDays = MaxBaseImageAgeDays,
                RequireBaseImageDigest = RequireBaseImageDigest,
                UnnecessaryPackages = UnnecessaryPackages.Select(i => i.ItemSpec).ToList(),
                AllowedPackages = AllowedPackages.Select(i => i.ItemSpec).ToList(),
                InvariantGlobalization = bool.TryParse(InvariantGlobalization?.Trim(), out var invariant) ? invariant : null,
            },
            Policy = new WirePolicy
            {
                NoWarn = Split(NoWarn),
                WarningsAsErrors = Split(WarningsAsErrors),
                WarningsNotAsErrors = Split(WarningsNotAsErrors),
                TreatWarningsAsErrors = TreatWarningsAsErrors,
                AnalysisLevel = string.IsNullOrWhiteSpace(AnalysisLevel) ? null : AnalysisLevel!.Trim(),
            },
        };
        foreach (var item in Suppressions)
        {
            var until = item.GetMetadata("Until");
            var untilDate = default(DateTime);
            if (until.Length > 0 && !DateTime.TryParse(until, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out untilDate))
            {
                Log.LogError(null, "CSEC9006", null, Help("CSEC9006"), ProjectFile, 0, 0, 0, 0,
                    $"ContainerSecuritySuppress '{item.ItemSpec}' has Until='{until}', which is not a date. Write it as yyyy-MM-dd, e.g. Until=\"2027-01-31\".");
                continue;
            }
            request.Policy.Suppressions.Add(new WireSuppression
            {
                Id = item.ItemSpec,
                Justification = item.GetMetadata("Justification"),
                Until = until.Length > 0 ? untilDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
            });
        }
        foreach (var format in request.ReportFormats.Where(f => Array.IndexOf(KnownReportFormats, f.ToLowerInvariant()) < 0))
        {
            Log.LogError(null, "CSEC9006", null, Help("CSEC9006"), ProjectFile, 0, 0, 0, 0,
                $"ContainerSecurityReportFormats has '{format}', which is not a report format, so that report would be missing. Use any of {string.Join(", ", KnownReportFormats)}.");
        }
        foreach (var signer in BaseImageSigners.Where(i => string.IsNullOrWhiteSpace(i.GetMetadata("PublicKey"))))
        {
            Log.LogError(null, "CSEC9006", null, Help("CSEC9006"), ProjectFile, 0, 0, 0, 0,
                $"ContainerSecurityBaseImageSigner '{signer.ItemSpec}' has no PublicKey: name the cosign public key file, e.g. PublicKey=\"keys/cosign.pub\".");
        }
        if (!string.IsNullOrWhiteSpace(DatabaseMaxAgeHours) && !double.TryParse(DatabaseMaxAgeHours, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
        {
            Log.LogError(null, "CSEC9006", null, Help("CSEC9006"), ProjectFile, 0, 0, 0, 0,
                $"ContainerSecurityDatabaseMaxAgeHours='{DatabaseMaxAgeHours}' is not a number of hours, e.g. 24.");
        }
        if (Log.HasLoggedErrors)
        {
            return;
        }

        var result = RunHost<WireScanRequest, WireScanResult>("scan", request);
        if (result is null)
        {
            return;
        }
        foreach (var image in result.Images ?? new())
        {
            Log.LogMessage(MessageImportance.Normal, $"Scanned {image.Platform ?? "image"} {image.ManifestDigest ?? image.ConfigDigest} from {image.Archive}");
        }
        foreach (var message in result.Messages ?? new())
        {
            Log.LogMessage(MessageImportance.Normal, message);
        }
        LogFindings(result.Findings);
        foreach (var report in result.Reports ?? new())
        {
            Log.LogMessage(MessageImportance.Normal, $"Container security report: {report}");
        }
        foreach (var timing in result.Timings ?? new())
        {
            Log.LogMessage(MessageImportance.Low, $"ContainerSecurity timing: {timing.Stage} {timing.Milliseconds.ToString("0.0", CultureInfo.InvariantCulture)} ms");
        }
        var verdict = string.IsNullOrEmpty(Destination) ? ""
            : Log.HasLoggedErrors ? $" Not delivered: nothing was written to the {Destination!.ToLowerInvariant()}."
            : $" Passed: delivering to the {Destination!.ToLowerInvariant()}.";
        Log.LogMessage(MessageImportance.High, (result.Summary ?? "") + verdict);
        ScannedDigests = (result.Images ?? new()).Select(i => i.ManifestDigest ?? i.ConfigDigest ?? "").Where(d => d.Length > 0).ToArray();
    }
}
