using ContainerSecurity.Advisories.Osv;

namespace ContainerSecurity.Advisories;

/// <summary>
/// What the compact index keeps of one advisory for one affected package: enough to match a version and to
/// write the finding and the reports, nothing more. OSV records and NuGet's vulnerability resource both become these.
/// </summary>
public sealed record AdvisoryEntry
{
    /// <summary>The record id (DSA-5678-1, DEBIAN-CVE-2024-1234, GHSA-xxxx-xxxx-xxxx, ALPINE-CVE-..., UBUNTU-CVE-...).</summary>
    public required string Id { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public string? Summary { get; init; }
    public Severity Severity { get; init; }
    /// <summary>The CVSS score when the severity came from a vector (v4.0: as written, threat and environmental metrics included).</summary>
    public double? Score { get; init; }
    /// <summary>Where the severity came from: the CVSS vector, "GitHub: HIGH", "Ubuntu priority: medium", "Debian urgency: high".</summary>
    public string? SeveritySource { get; init; }
    /// <summary>A page about the advisory (the ADVISORY reference, else the first WEB reference, else osv.dev).</summary>
    public string? Url { get; init; }
    public DateTimeOffset? Modified { get; init; }

    /// <summary>The affected package's ecosystem as the record writes it, release included (Debian:12, Alpine:v3.20, NuGet).</summary>
    public required string Ecosystem { get; init; }
    public required string PackageName { get; init; }
    public IReadOnlyList<OsvRange> Ranges { get; init; } = [];
    public IReadOnlyList<string> Versions { get; init; } = [];
    /// <summary>NuGet's vulnerability resource gives an interval ("[1.0.0, 1.2.3)") instead of OSV events; matched with NuGet.Versioning.</summary>
    public string? NuGetRange { get; init; }
}
