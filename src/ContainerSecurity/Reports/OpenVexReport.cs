using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using ContainerSecurity.Findings;
using ContainerSecurity.Vex;
using static ContainerSecurity.Reports.JsonNodes;

namespace ContainerSecurity.Reports;

/// <summary>
/// The build's own suppressions as an OpenVEX 0.2 document (container-security.openvex.json): one not_affected statement
/// per advisory and image that a ContainerSecuritySuppress item silenced, the image as the product (its oci purl), the
/// packages as subcomponents, the item's justification as the impact statement. Expired items suppress nothing and are
/// left out; VEX statements the build read are not restated.
/// </summary>
public static class OpenVexReport
{
    public const string Context = "https://openvex.dev/ns/v0.2.0";

    public static string Render(ScanResult result, DateTimeOffset now)
    {
        var timestamp = now.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
        var statements = result.Findings
            .Where(f => f is { Vulnerability: not null, Suppression: not null, Vex: null })
            .GroupBy(f => (f.Vulnerability!.Id, f.Vulnerability.ImageDigest))
            .OrderBy(g => g.Key.Id, StringComparer.Ordinal).ThenBy(g => g.Key.ImageDigest, StringComparer.Ordinal)
            .Select(g => Statement(g.ToList(), result.Images, timestamp))
            .ToList();
        // vexctl's convention: the document's IRI is derived from its content (times left out), so the same suppressions give the same @id.
        var content = Array(statements.Select(s =>
        {
            var copy = s.DeepClone().AsObject();
            copy.Remove("timestamp");
            return (JsonNode)copy;
        }));
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Serialize(content))));
        var document = Object(
            ("@context", Context),
            ("@id", $"https://openvex.dev/docs/public/vex-{hash}"),
            ("author", "ContainerSecurity.Build"),
            ("role", "Document Creator"),
            ("timestamp", timestamp),
            ("version", 1),
            ("tooling", $"ContainerSecurity.Build {EngineVersion.Current}"),
            ("statements", Array(statements)));
        return Serialize(document);
    }

    private static JsonObject Statement(List<Finding> findings, IReadOnlyList<ScannedImage> images, string timestamp)
    {
        var v = findings[0].Vulnerability!;
        var suppression = findings[0].Suppression!;
        var image = images.FirstOrDefault(i => i.ManifestDigest == v.ImageDigest);
        var packages = findings.Select(f => f.Vulnerability!.Purl).Where(p => p.Length > 0).Distinct().Order(StringComparer.Ordinal)
            .Select(p => (JsonNode)Object(("@id", p))).ToList();
        var product = Object(
            ("@id", image is not null ? ImageIdentity.Purl(image) : v.ImageDigest),
            ("subcomponents", NonEmpty(packages)));
        var until = suppression.Until is { } end ? $" until {end:yyyy-MM-dd}" : "";
        return Object(
            ("vulnerability", Object(("name", v.Id), ("aliases", v.Aliases.Count > 0 ? Strings(v.Aliases) : null))),
            ("timestamp", timestamp),
            ("products", Array([product])),
            ("status", VexStatus.NotAffected),
            ("impact_statement", suppression.Justification is { Length: > 0 } j ? j : $"Suppressed by ContainerSecuritySuppress {suppression.Id} without a justification."),
            ("status_notes", $"ContainerSecuritySuppress {suppression.Id}{until}"));
    }
}
