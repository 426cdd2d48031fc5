using System.Globalization;
using ContainerSecurity.Images.Layers;
using ContainerSecurity.Inventory;

namespace ContainerSecurity;

/// <summary>The progress lines a person reads in the build log: what was read, how big, what was found.</summary>
public static class ScanProgress
{
    /// <param name="sources">The OS package lists read, so a person sees which one the packages came from (a chiseled
    /// image's dpkg status written by chisel-wrapper, its chisel manifest, or both).</param>
    public static string Describe(ScannedImage image, IReadOnlyList<PackageListSource>? sources = null)
    {
        var layers = string.Join(", ", image.Layers.Select(Layer));
        var byType = image.Packages.GroupBy(p => p.Package.Type).OrderByDescending(g => g.Count())
            .Select(g => $"{g.Count()} {g.Key.ToString().ToLowerInvariant()}");
        var os = image.Os?.PrettyName ?? image.Os?.Family ?? "no OS release";
        return $"Image {image.Platform ?? ""} {Short(image.ManifestDigest)}: {image.Layers.Count} layer(s) [{layers}]; {os}; {image.Packages.Count} package(s) ({string.Join(", ", byType)}){Sources(sources ?? [])}.";
    }

    private static string Sources(IReadOnlyList<PackageListSource> sources) =>
        sources.Count == 0 ? "" : "; OS packages from " + string.Join(" and ", sources.Select(Source));

    private static string Source(PackageListSource source)
    {
        var duplicates = source.Listed - source.Kept;
        return $"{source.Path} ({source.Format}: {source.Listed} package(s){(duplicates > 0 ? $", {duplicates} also in another list" : "")})";
    }

    private static string Layer(LayerInfo layer) =>
        $"{(layer.IsBaseLayer ? "base" : "app")} {Short(layer.Digest)} {Megabytes(layer.CompressedSize)}{(layer.FromCache ? " from cache" : " read")}";

    private static string Megabytes(long bytes) => (bytes / 1024.0 / 1024.0).ToString("0.0", CultureInfo.InvariantCulture) + " MB";

    private static string Short(string digest) => digest.Length > 19 ? digest[..19] : digest;
}
