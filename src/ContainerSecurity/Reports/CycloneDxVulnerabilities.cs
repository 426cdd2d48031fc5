using System.Text.Json.Nodes;
using ContainerSecurity.Advisories;
using ContainerSecurity.Findings;
using static ContainerSecurity.Reports.JsonNodes;

namespace ContainerSecurity.Reports;

/// <summary>
/// The CycloneDX 1.6 <c>vulnerabilities</c>: one entry per advisory, affecting every package component it was found in.
/// A suppressed advisory (every finding of it suppressed) gets <c>analysis.state = not_affected</c> with the
/// suppression's justification as <c>detail</c>; no <c>analysis.justification</c> is given, because the spec's
/// justifications are technical reasons (code_not_reachable, ...) that a free-text suppression does not tell us.
/// Unsuppressed ones carry no analysis: nobody has analysed them yet.
/// </summary>
internal static class CycloneDxVulnerabilities
{
    public static List<JsonObject> For(ScanResult result) =>
    [
        .. result.Findings.Where(f => f.Vulnerability is not null)
            .GroupBy(f => f.Vulnerability!.Id, StringComparer.OrdinalIgnoreCase)
            .Select(g => Entry(g.ToList(), result.Images)),
    ];

    private static JsonObject Entry(List<Finding> findings, IReadOnlyList<ScannedImage> images)
    {
        var v = findings[0].Vulnerability!;
        var all = findings.Select(f => f.Vulnerability!).ToList();
        return Object(
            ("id", v.Id),
            ("source", Source(v)),
            ("references", NonEmpty(v.Aliases.Where(a => !a.Equals(v.Id, StringComparison.OrdinalIgnoreCase)).Select(a => Object(("id", a), ("source", AliasSource(a)))))),
            ("ratings", Array([Rating(v)])),
            ("description", Text(v.Summary)),
            ("recommendation", string.Join("; ", all.Select(VulnerabilityText.Recommendation).Distinct())),
            ("advisories", Uri.TryCreate(v.Url, UriKind.Absolute, out var url) ? Array([Object(("url", url.AbsoluteUri))]) : null),
            ("affects", Array(all.GroupBy(a => ComponentRef(a, images)).Select(Affects))),
            ("analysis", findings.All(f => f.SuppressedBy is not null)
                ? Object(("state", "not_affected"), ("detail", string.Join("; ", findings.Select(f => f.SuppressedBy!).Distinct())))
                : null));
    }

    private static JsonObject Source(Vulnerability v) =>
        Object(("name", v.DataSource ?? "OSV"), ("url", Uri.TryCreate(v.Url, UriKind.Absolute, out var url) ? url.AbsoluteUri : null));

    private static JsonObject AliasSource(string id) => id.ToUpperInvariant() switch
    {
        var cve when cve.StartsWith("CVE-", StringComparison.Ordinal) => Object(("name", "NVD"), ("url", "https://nvd.nist.gov/vuln/detail/" + id)),
        var ghsa when ghsa.StartsWith("GHSA-", StringComparison.Ordinal) => Object(("name", "GitHub"), ("url", "https://github.com/advisories/" + id)),
        _ => Object(("name", "OSV"), ("url", "https://osv.dev/vulnerability/" + id)),
    };

    private static JsonObject Rating(Vulnerability v)
    {
        var vector = v.SeveritySource is { } source && source.StartsWith("CVSS:", StringComparison.OrdinalIgnoreCase) ? source : null;
        return Object(
            ("source", Object(("name", v.DataSource ?? "OSV"))),
            ("score", v.Score),
            ("severity", v.Severity.ToString().ToLowerInvariant()),
            ("method", Method(vector)),
            ("vector", vector),
            ("justification", vector is null ? Text(v.SeveritySource) : null));
    }

    private static string Method(string? vector) => vector?.ToUpperInvariant() switch
    {
        { } s when s.StartsWith("CVSS:4.0/", StringComparison.Ordinal) => "CVSSv4",
        { } s when s.StartsWith("CVSS:3.1/", StringComparison.Ordinal) => "CVSSv31",
        { } s when s.StartsWith("CVSS:3.0/", StringComparison.Ordinal) => "CVSSv3",
        _ => "other",
    };

    private static JsonObject Affects(IGrouping<string, Vulnerability> component) => Object(
        ("ref", component.Key),
        ("versions", Array(component.Select(v => v.InstalledVersion).Distinct().Select(version => Object(("version", version), ("status", "affected"))))));

    /// <summary>The package component's bom-ref; the image's when the package is not in the inventory (a stale match).</summary>
    private static string ComponentRef(Vulnerability v, IReadOnlyList<ScannedImage> images)
    {
        var image = images.FirstOrDefault(i => i.ManifestDigest == v.ImageDigest);
        var installed = image?.Packages.FirstOrDefault(p => p.Package.Purl == v.Purl);
        return installed is not null ? CycloneDxReport.PackageRef(image!.ManifestDigest, installed.Package) : v.ImageDigest;
    }
}
