using System.Text.Json.Nodes;
using static ContainerSecurity.Reports.JsonNodes;

namespace ContainerSecurity.Reports;

/// <summary>
/// The inventory as a CycloneDX 1.6 SBOM in the shape Trivy and Syft write and Dependency-Track and GitHub read: the
/// image as <c>metadata.component</c>, its operating system, apps and every package as top-level components (packages
/// with their purl, the layer as a property, where it was found as <c>evidence.occurrences</c>), and a
/// <c>dependencies</c> graph image → operating system → OS packages, image → app → its packages. Then the
/// vulnerabilities found, each pointing at the package components it affects.
/// </summary>
public static class CycloneDxReport
{
    public static string Render(ScanResult result, DateTimeOffset now)
    {
        var graph = SbomGraph.Build(result);
        var bom = Object(
            ("bomFormat", "CycloneDX"),
            ("specVersion", "1.6"),
            ("serialNumber", "urn:uuid:" + Guid.NewGuid()),
            ("version", 1),
            ("metadata", Object(
                ("timestamp", now.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ")),
                ("tools", Object(("components", Array([Object(("type", "application"), ("name", "ContainerSecurity.Build"), ("version", EngineVersion.Current))])))),
                ("component", Component(graph.Root)))),
            ("components", Array(graph.Nodes.Select(Component))),
            ("dependencies", NonEmpty(new[] { graph.Root }.Concat(graph.Nodes).Where(n => n.Children.Count > 0)
                .Select(n => Object(("ref", n.Ref), ("dependsOn", Strings(n.Children)))))),
            ("vulnerabilities", NonEmpty(CycloneDxVulnerabilities.For(result))));
        return Serialize(bom);
    }

    /// <summary>The bom-ref of a package component: unique per image and per place the package was found.</summary>
    internal static string PackageRef(string imageDigest, Inventory.Package package) => SbomGraph.PackageRef(imageDigest, package);

    private static JsonObject Component(SbomNode node) => Object(
        ("type", node.Kind switch
        {
            SbomKind.Container => "container",
            SbomKind.OperatingSystem => "operating-system",
            SbomKind.Application => "application",
            SbomKind.Framework => "framework",
            _ => "library",
        }),
        ("bom-ref", node.Ref),
        ("name", node.Name),
        ("version", node.Version),
        ("description", Text(node.Description)),
        ("purl", node.Purl is { Length: > 0 } purl ? purl : null),
        ("properties", NonEmpty(node.Properties.Select(p => Object(("name", p.Name), ("value", p.Value))))),
        ("evidence", node.Location is { } location ? Object(("occurrences", Array([Object(("location", location))]))) : null));
}
