using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using static ContainerSecurity.Reports.JsonNodes;

namespace ContainerSecurity.Reports;

/// <summary>
/// The inventory as an SPDX 2.3 JSON document, for tools that take only SPDX (GitHub dependency submission, sbom-tool
/// users): one package per image, operating system, app and installed package (with its purl as a PACKAGE-MANAGER
/// external reference), the document DESCRIBES the image, the image CONTAINS its operating system and apps, the
/// operating system CONTAINS its packages and an app DEPENDS_ON its packages. SPDX 2.3 has no vulnerabilities; those
/// are in the CycloneDX and SARIF reports.
/// </summary>
public static class SpdxReport
{
    public static string Render(ScanResult result, DateTimeOffset now)
    {
        var graph = SbomGraph.Build(result);
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var node in new[] { graph.Root }.Concat(graph.Nodes))
        {
            ids[node.Ref] = SpdxId(node);
        }
        var relationships = new List<JsonNode?> { Relationship("SPDXRef-DOCUMENT", "DESCRIBES", ids[graph.Root.Ref]) };
        foreach (var node in new[] { graph.Root }.Concat(graph.Nodes))
        {
            var type = node.Kind == SbomKind.Application ? "DEPENDS_ON" : "CONTAINS";
            relationships.AddRange(node.Children.Select(child => Relationship(ids[node.Ref], type, ids[child])));
        }
        var document = Object(
            ("spdxVersion", "SPDX-2.3"),
            ("dataLicense", "CC0-1.0"),
            ("SPDXID", "SPDXRef-DOCUMENT"),
            ("name", graph.Root.Name),
            ("documentNamespace", $"{SarifReport.InformationUri}/spdx/{Uri.EscapeDataString(graph.Root.Name)}-{Guid.NewGuid()}"),
            ("creationInfo", Object(
                ("created", now.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ")),
                ("creators", Strings([$"Tool: ContainerSecurity.Build-{EngineVersion.Current}"])))),
            ("packages", Array(new[] { graph.Root }.Concat(graph.Nodes).Select(n => Package(n, ids[n.Ref])))),
            ("relationships", Array(relationships)));
        return Serialize(document);
    }

    private static JsonObject Package(SbomNode node, string id) => Object(
        ("name", node.Name),
        ("SPDXID", id),
        ("versionInfo", node.Version),
        ("downloadLocation", "NOASSERTION"),
        ("filesAnalyzed", false),
        ("licenseConcluded", "NOASSERTION"),
        ("licenseDeclared", "NOASSERTION"),
        ("copyrightText", "NOASSERTION"),
        ("sourceInfo", node.Location is { } location ? $"found at {location}" : null),
        ("description", Text(node.Description)),
        ("comment", Text(Comment(node))),
        ("externalRefs", node.Purl is { Length: > 0 } purl
            ? Array([Object(("referenceCategory", "PACKAGE-MANAGER"), ("referenceType", "purl"), ("referenceLocator", purl))])
            : null),
        ("primaryPackagePurpose", node.Kind switch
        {
            SbomKind.Container => "CONTAINER",
            SbomKind.OperatingSystem => "OPERATING_SYSTEM", // the schema's spelling (Trivy writes OPERATING-SYSTEM, which it rejects)
            SbomKind.Application => "APPLICATION",
            SbomKind.Framework => "FRAMEWORK",
            _ => "LIBRARY",
        }));

    /// <summary>The properties the CycloneDX report carries (layer, origin, source package...), as one line.</summary>
    private static string? Comment(SbomNode node) =>
        node.Properties.Count == 0 ? null : string.Join("; ", node.Properties.Select(p => $"{p.Name.Replace("containersecurity:", "")}: {p.Value}"));

    private static JsonObject Relationship(string from, string type, string to) =>
        Object(("spdxElementId", from), ("relationshipType", type), ("relatedSpdxElement", to));

    /// <summary>SPDXRef-Kind-hash: SPDX ids allow only letters, digits, '.' and '-', so the ref is hashed.</summary>
    private static string SpdxId(SbomNode node) =>
        $"SPDXRef-{node.Kind}-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(node.Ref)))[..16]}";
}
