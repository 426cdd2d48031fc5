using System.Text.Json.Nodes;
using ContainerSecurity.Findings;
using static ContainerSecurity.Reports.JsonNodes;

namespace ContainerSecurity.Reports;

/// <summary>
/// Where a result is: the file and region a person edits (relative to SRCROOT when under the source root, so GitHub
/// can place it in the repository), and for image findings the image, package and layer as logical locations.
/// Code scanning ignores <c>originalUriBaseIds</c> and reads a relative uri as repository-relative, which is why the
/// source root is the folder holding <c>.git</c>.
/// </summary>
internal static class SarifLocations
{
    public const string SourceRootId = "SRCROOT";

    public static JsonObject? OriginalUriBaseIds(string? sourceRoot) => sourceRoot is null
        ? null
        : Object((SourceRootId, Object(("uri", DirectoryUri(sourceRoot)))));

    /// <summary>The path the fingerprint uses: repository-relative when possible, so it is the same on every machine.</summary>
    public static string? StablePath(Finding finding, string? sourceRoot) => finding.Location is { } l
        ? (sourceRoot is null ? null : SourceRoots.Relative(sourceRoot, l.File)) ?? l.File.Replace('\\', '/')
        : null;

    /// <summary>
    /// The finding with a file to point at: code scanning rejects the whole upload when a result has no physical
    /// location, so one without a location gets the project file (where MSBuild logs it too), else its image archive.
    /// </summary>
    public static Finding Anchor(Finding finding, string? projectFile, IReadOnlyList<ScannedImage> images)
    {
        if (finding.Location is not null)
        {
            return finding;
        }
        var digest = finding.Vulnerability?.ImageDigest ?? finding.ImageDigest;
        var file = projectFile ?? images.FirstOrDefault(i => i.ManifestDigest == digest)?.Archive;
        return file is null ? finding : finding with { Location = new SourceLocation(file) };
    }

    public static JsonArray? For(Finding finding, string? sourceRoot)
    {
        var physical = finding.Location is { } l ? Physical(l, sourceRoot) : null;
        var logical = NonEmpty(Logical(finding));
        return physical is null && logical is null
            ? null
            : Array([Object(("physicalLocation", physical), ("logicalLocations", logical))]);
    }

    private static JsonObject Physical(SourceLocation location, string? sourceRoot)
    {
        var relative = sourceRoot is null ? null : SourceRoots.Relative(sourceRoot, location.File);
        var artifact = relative is not null
            ? Object(("uri", Uri.EscapeDataString(relative).Replace("%2F", "/")), ("uriBaseId", SourceRootId))
            : Object(("uri", new Uri(Path.GetFullPath(location.File)).AbsoluteUri));
        return Object(("artifactLocation", artifact), ("region", Region(location)));
    }

    private static JsonObject? Region(SourceLocation l)
    {
        if (l.Line <= 0)
        {
            return null;
        }
        var hasEnd = l.EndLine >= l.Line;
        return Object(
            ("startLine", l.Line),
            ("startColumn", l.Column > 0 ? l.Column : null),
            ("endLine", hasEnd ? l.EndLine : null),
            ("endColumn", hasEnd && l.EndColumn > 0 ? l.EndColumn : null));
    }

    private static IEnumerable<JsonNode> Logical(Finding finding)
    {
        var v = finding.Vulnerability;
        if ((v?.ImageDigest ?? finding.ImageDigest) is { } image)
        {
            yield return Object(("name", image), ("fullyQualifiedName", "image/" + image), ("kind", "module"));
        }
        if (v is null)
        {
            yield break;
        }
        yield return Object(("name", v.Purl), ("fullyQualifiedName", "package/" + v.Purl), ("kind", "resource"));
        if (v.LayerDigest is { } layer)
        {
            yield return Object(("name", layer), ("fullyQualifiedName", "layer/" + layer), ("kind", "resource"));
        }
    }

    private static string DirectoryUri(string directory)
    {
        var uri = new Uri(Path.GetFullPath(directory)).AbsoluteUri;
        return uri.EndsWith('/') ? uri : uri + "/";
    }
}
