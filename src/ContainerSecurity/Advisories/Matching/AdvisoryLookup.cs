using ContainerSecurity.Inventory;

namespace ContainerSecurity.Advisories.Matching;

/// <summary>
/// Which index, which names and which version an installed package is looked up by: distributions file advisories
/// under the source package (dpkg, apk) and its source version; rpm distributions under binary or source names;
/// .NET packages and runtimes under their NuGet id in OSV's NuGet data and the project's NuGet feeds; npm and Python
/// packages under their name in OSV's npm and PyPI data.
/// </summary>
public static class AdvisoryLookup
{
    public const string NuGetFeedIndex = "NuGet feed";

    public static IEnumerable<string> Indexes(Package package) => package.Type switch
    {
        PackageType.NuGet or PackageType.DotNetRuntime => [OsvEcosystems.NuGet, NuGetFeedIndex],
        PackageType.DotNetProject => [],
        _ when package.Ecosystem.Length > 0 => [package.Ecosystem],
        _ => [],
    };

    public static IEnumerable<string> Names(Package package, string? platform, OsInfo? os) => package.Type switch
    {
        PackageType.Dpkg or PackageType.Apk => [package.SourceName ?? package.Name],
        PackageType.Rpm => new[] { package.Name, package.SourceName }.OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase),
        PackageType.DotNetRuntime when !package.Name.Contains(".Runtime.", StringComparison.Ordinal) && RuntimeIdentifier(platform, os) is { } rid =>
            [DotNetFrameworks.RuntimePack(package.Name, rid)],
        // The PyPI index holds names PEP 503-normalized (OsvEcosystemData), as installed metadata may spell them otherwise.
        PackageType.PyPI => [PythonPackageAnalyzer.NormalizedName(package.Name)],
        _ => [package.Name],
    };

    /// <summary>
    /// The ecosystem whose version rules judge the package: for an OS package of the image's own distribution its
    /// release (Alpine:v3.23, whose apk-tools 3 orders versions its own way), else the package's ecosystem.
    /// </summary>
    public static string ComparerEcosystem(Package package, OsInfo? os) =>
        package.Type.IsOsPackage() && os?.OsvEcosystem is { } release
            && release.StartsWith(package.Ecosystem + ":", StringComparison.OrdinalIgnoreCase)
            ? release
            : package.Ecosystem;

    /// <summary>Debian and Ubuntu fix versions are source versions; a binNMU (+b1) binary carries the source's fixes.</summary>
    public static string Version(Package package) =>
        package.Type == PackageType.Dpkg && package.SourceVersion is { Length: > 0 } source ? source : package.Version;

    private static string? RuntimeIdentifier(string? platform, OsInfo? os)
    {
        var architecture = platform?.Split('/') is [_, var arch, ..] ? arch : null;
        var rid = architecture switch
        {
            "amd64" => "x64",
            "arm64" => "arm64",
            "arm" => "arm",
            "s390x" => "s390x",
            "ppc64le" => "ppc64le",
            _ => null,
        };
        return rid is null ? null : os?.Family == OsFamilies.Alpine ? $"linux-musl-{rid}" : $"linux-{rid}";
    }
}
