using System.Collections.Generic;
using System.IO;
using System.Runtime.Serialization;
using System.Runtime.Serialization.Json;
using System.Text;

namespace ContainerSecurity.Build.Tasks;

// The request/result files exchanged with the engine host. DataContractJsonSerializer ships with both .NET Framework
// and .NET, so the task needs no JSON library that could clash with MSBuild's own copy.

[DataContract]
internal sealed class WirePolicy
{
    [DataMember(Name = "noWarn")] public List<string> NoWarn { get; set; } = new();
    [DataMember(Name = "warningsAsErrors")] public List<string> WarningsAsErrors { get; set; } = new();
    [DataMember(Name = "warningsNotAsErrors")] public List<string> WarningsNotAsErrors { get; set; } = new();
    [DataMember(Name = "treatWarningsAsErrors")] public bool TreatWarningsAsErrors { get; set; }
    [DataMember(Name = "suppressions")] public List<WireSuppression> Suppressions { get; set; } = new();
    [DataMember(Name = "analysisLevel", EmitDefaultValue = false)] public string? AnalysisLevel { get; set; }
}

[DataContract]
internal sealed class WireSuppression
{
    [DataMember(Name = "id")] public string Id { get; set; } = "";
    [DataMember(Name = "justification", EmitDefaultValue = false)] public string? Justification { get; set; }
    [DataMember(Name = "until", EmitDefaultValue = false)] public string? Until { get; set; }
}

[DataContract]
internal sealed class WireImagePolicy
{
    [DataMember(Name = "baseImage", EmitDefaultValue = false)] public string? BaseImage { get; set; }
    [DataMember(Name = "trustedRegistries")] public List<string> TrustedRegistries { get; set; } = new();
    [DataMember(Name = "deniedImages")] public List<WireDeniedImage> DeniedImages { get; set; } = new();
    [DataMember(Name = "baseImageSigners")] public List<WireBaseImageSigner> BaseImageSigners { get; set; } = new();
    [DataMember(Name = "maxImageSizeMB")] public int MaxImageSizeMB { get; set; }
    [DataMember(Name = "maxBaseImageAgeDays")] public int MaxBaseImageAgeDays { get; set; }
    [DataMember(Name = "requireBaseImageDigest")] public bool RequireBaseImageDigest { get; set; }
    [DataMember(Name = "unnecessaryPackages")] public List<string> UnnecessaryPackages { get; set; } = new();
    [DataMember(Name = "allowedPackages")] public List<string> AllowedPackages { get; set; } = new();
    [DataMember(Name = "invariantGlobalization", EmitDefaultValue = false)] public bool? InvariantGlobalization { get; set; }
}

[DataContract]
internal sealed class WireDeniedImage
{
    [DataMember(Name = "pattern")] public string Pattern { get; set; } = "";
    [DataMember(Name = "justification", EmitDefaultValue = false)] public string? Justification { get; set; }
}

[DataContract]
internal sealed class WireBaseImageSigner
{
    [DataMember(Name = "scope")] public string Scope { get; set; } = "";
    [DataMember(Name = "publicKey")] public string PublicKey { get; set; } = "";
}

[DataContract]
internal sealed class WireAdvisoryOptions
{
    [DataMember(Name = "osvUrl", EmitDefaultValue = false)] public string? OsvUrl { get; set; }
    [DataMember(Name = "cacheDirectory")] public string CacheDirectory { get; set; } = "";
    [DataMember(Name = "offline")] public bool Offline { get; set; }
    /// <summary>A TimeSpan in its invariant "c" form (d.hh:mm:ss), as the engine reads it.</summary>
    [DataMember(Name = "maxAge")] public string MaxAge { get; set; } = "1.00:00:00";
    [DataMember(Name = "nuGetSources")] public List<string> NuGetSources { get; set; } = new();
    [DataMember(Name = "network")] public WireNetworkLimits Network { get; set; } = new();
}

/// <summary>The engine's NetworkLimits: TimeSpans in their invariant "c" form.</summary>
[DataContract]
internal sealed class WireNetworkLimits
{
    [DataMember(Name = "idleTimeout")] public string IdleTimeout { get; set; } = "00:00:30";
    [DataMember(Name = "deadline")] public string Deadline { get; set; } = "00:10:00";
}

[DataContract]
internal sealed class WireVulnerabilitySettings
{
    [DataMember(Name = "failOn")] public string FailOn { get; set; } = "High";
    [DataMember(Name = "auditLevel")] public string AuditLevel { get; set; } = "Low";
    [DataMember(Name = "ignoreUnfixed")] public bool IgnoreUnfixed { get; set; }
}

[DataContract]
internal sealed class WireScanRequest
{
    [DataMember(Name = "advisories", EmitDefaultValue = false)] public WireAdvisoryOptions? Advisories { get; set; }
    [DataMember(Name = "vulnerabilities")] public WireVulnerabilitySettings Vulnerabilities { get; set; } = new();
    [DataMember(Name = "images")] public List<string> Images { get; set; } = new();
    [DataMember(Name = "daemonImages")] public List<string> DaemonImages { get; set; } = new();
    [DataMember(Name = "dockerfiles")] public List<string> Dockerfiles { get; set; } = new();
    [DataMember(Name = "workDirectory", EmitDefaultValue = false)] public string? WorkDirectory { get; set; }
    [DataMember(Name = "projectFile", EmitDefaultValue = false)] public string? ProjectFile { get; set; }
    [DataMember(Name = "settingFiles")] public List<string> SettingFiles { get; set; } = new();
    [DataMember(Name = "policy")] public WirePolicy Policy { get; set; } = new();
    [DataMember(Name = "imagePolicy")] public WireImagePolicy ImagePolicy { get; set; } = new();
    [DataMember(Name = "reportDirectory", EmitDefaultValue = false)] public string? ReportDirectory { get; set; }
    [DataMember(Name = "cacheDirectory", EmitDefaultValue = false)] public string? CacheDirectory { get; set; }
    [DataMember(Name = "reportFormats")] public List<string> ReportFormats { get; set; } = new();
    [DataMember(Name = "reportName", EmitDefaultValue = false)] public string? ReportName { get; set; }
    [DataMember(Name = "vexDocuments")] public List<string> VexDocuments { get; set; } = new();
}

[DataContract]
internal sealed class WireDeliveryRequest
{
    [DataMember(Name = "archive")] public string Archive { get; set; } = "";
    [DataMember(Name = "destination")] public string Destination { get; set; } = "";
    [DataMember(Name = "registry", EmitDefaultValue = false)] public string? Registry { get; set; }
    [DataMember(Name = "repository", EmitDefaultValue = false)] public string? Repository { get; set; }
    [DataMember(Name = "tags")] public List<string> Tags { get; set; } = new();
    [DataMember(Name = "archivePath", EmitDefaultValue = false)] public string? ArchivePath { get; set; }
    [DataMember(Name = "localRegistry", EmitDefaultValue = false)] public string? LocalRegistry { get; set; }
    [DataMember(Name = "mountFrom", EmitDefaultValue = false)] public string? MountFrom { get; set; }
    [DataMember(Name = "scannedDigests")] public List<string> ScannedDigests { get; set; } = new();
    [DataMember(Name = "network")] public WireNetworkLimits Network { get; set; } = new();
    [DataMember(Name = "signingKey", EmitDefaultValue = false)] public string? SigningKey { get; set; }
}

[DataContract]
internal sealed class WireLocation
{
    [DataMember(Name = "file")] public string? File { get; set; }
    [DataMember(Name = "line")] public int Line { get; set; }
    [DataMember(Name = "column")] public int Column { get; set; }
    [DataMember(Name = "endLine")] public int EndLine { get; set; }
    [DataMember(Name = "endColumn")] public int EndColumn { get; set; }
}

[DataContract]
internal sealed class WireFinding
{
    [DataMember(Name = "code")] public string Code { get; set; } = "";
    [DataMember(Name = "level")] public string Level { get; set; } = "";
    [DataMember(Name = "message")] public string Message { get; set; } = "";
    [DataMember(Name = "location")] public WireLocation? Location { get; set; }
    [DataMember(Name = "helpLink")] public string? HelpLink { get; set; }
    [DataMember(Name = "suppressedBy")] public string? SuppressedBy { get; set; }
}

[DataContract]
internal sealed class WireScannedImage
{
    [DataMember(Name = "archive")] public string? Archive { get; set; }
    [DataMember(Name = "manifestDigest")] public string? ManifestDigest { get; set; }
    [DataMember(Name = "configDigest")] public string? ConfigDigest { get; set; }
    [DataMember(Name = "platform")] public string? Platform { get; set; }
}

[DataContract]
internal sealed class WireScanResult
{
    [DataMember(Name = "summary")] public string? Summary { get; set; }
    [DataMember(Name = "images")] public List<WireScannedImage>? Images { get; set; }
    [DataMember(Name = "findings")] public List<WireFinding>? Findings { get; set; }
    [DataMember(Name = "reports")] public List<string>? Reports { get; set; }
    [DataMember(Name = "messages")] public List<string>? Messages { get; set; }
    [DataMember(Name = "timings")] public List<WireTiming>? Timings { get; set; }
}

[DataContract]
internal sealed class WireTiming
{
    [DataMember(Name = "stage")] public string Stage { get; set; } = "";
    [DataMember(Name = "milliseconds")] public double Milliseconds { get; set; }
}

[DataContract]
internal sealed class WireDeliveredImage
{
    [DataMember(Name = "reference")] public string? Reference { get; set; }
    [DataMember(Name = "digest")] public string? Digest { get; set; }
}

[DataContract]
internal sealed class WireDeliveryResult
{
    [DataMember(Name = "delivered")] public List<WireDeliveredImage>? Delivered { get; set; }
    [DataMember(Name = "signatures")] public List<string>? Signatures { get; set; }
    [DataMember(Name = "findings")] public List<WireFinding>? Findings { get; set; }
}

internal static class WireJson
{
    public static void Write<T>(string path, T value)
    {
        using var stream = File.Create(path);
        new DataContractJsonSerializer(typeof(T)).WriteObject(stream, value);
    }

    public static T? Read<T>(string path) where T : class
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(File.ReadAllText(path)));
        return new DataContractJsonSerializer(typeof(T)).ReadObject(stream) as T;
    }
}
