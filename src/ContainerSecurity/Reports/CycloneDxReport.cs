using System.Text.Json;
using ContainerSecurity.Inventory;

namespace ContainerSecurity.Reports;

/// <summary>
/// The inventory as a CycloneDX 1.6 SBOM: one container component per scanned image, holding its operating system
/// and every package with its purl, the layer that brought it and whether that layer came from the base image; then
/// the vulnerabilities found, each pointing at the package components it affects.
/// </summary>
public static class CycloneDxReport
{
    public static string Render(ScanResult result, DateTimeOffset now)
    {
        var bom = new Dictionary<string, object>
        {
            ["bomFormat"] = "CycloneDX",
            ["specVersion"] = "1.6",
            ["serialNumber"] = "urn:uuid:" + Guid.NewGuid(),
            ["version"] = 1,
            ["metadata"] = new
            {
                timestamp = now.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ"),
                tools = new { components = new[] { new { type = "application", name = "ContainerSecurity.Build", version = EngineVersion.Current } } },
            },
            ["components"] = result.Images.Select(Image).ToList(),
        };
        if (CycloneDxVulnerabilities.For(result) is { Count: > 0 } vulnerabilities)
        {
            bom["vulnerabilities"] = vulnerabilities;
        }
        return JsonSerializer.Serialize(bom, EngineJson.Options);
    }

    private static object Image(ScannedImage image)
    {
        var components = new List<object>();
        if (image.Os is { Family: not OsFamilies.Unknown } os)
        {
            var component = new Dictionary<string, object?>
            {
                ["type"] = "operating-system",
                ["bom-ref"] = $"{image.ManifestDigest}/os",
                ["name"] = os.Family,
                ["version"] = os.VersionId ?? "unknown",
            };
            if (os.PrettyName is { } pretty)
            {
                component["description"] = pretty;
            }
            components.Add(component);
        }
        components.AddRange(image.Packages.Select(p => Package(image, p)));
        return new Dictionary<string, object?>
        {
            ["type"] = "container",
            ["bom-ref"] = image.ManifestDigest,
            ["name"] = image.Tags.FirstOrDefault() ?? image.ManifestDigest,
            ["version"] = image.ManifestDigest,
            ["properties"] = Properties(("containersecurity:platform", image.Platform), ("containersecurity:configDigest", image.ConfigDigest)),
            ["components"] = components,
        };
    }

    private static Dictionary<string, object?> Package(ScannedImage image, InstalledPackage installed)
    {
        var p = installed.Package;
        var component = new Dictionary<string, object?>
        {
            ["type"] = p.Type is PackageType.DotNetRuntime ? "framework" : p.Type is PackageType.DotNetProject ? "application" : "library",
            ["bom-ref"] = PackageRef(image.ManifestDigest, p),
            ["name"] = p.Name,
            ["version"] = p.Version,
            ["purl"] = p.Purl,
            ["properties"] = Properties(
                ("containersecurity:packageType", p.Type.ToString()),
                ("containersecurity:foundAt", p.FoundAt),
                ("containersecurity:sourceName", p.SourceName),
                ("containersecurity:sourceVersion", p.SourceVersion),
                ("containersecurity:layer", installed.LayerDigest),
                ("containersecurity:origin", installed.FromBaseImage switch { true => "base-image", false => "application", null => null })),
        };
        return component;
    }

    /// <summary>The bom-ref of a package component: unique per image and per place the package was found.</summary>
    internal static string PackageRef(string imageDigest, Package package) => $"{imageDigest}/{package.Purl}/{package.FoundAt}";

    private static List<object> Properties(params (string Name, string? Value)[] properties) =>
        properties.Where(p => p.Value is not null).Select(p => (object)new { name = p.Name, value = p.Value }).ToList();
}
