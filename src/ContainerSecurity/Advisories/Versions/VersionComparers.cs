namespace ContainerSecurity.Advisories.Versions;

/// <summary>
/// Picks the comparer for an OSV ecosystem name. The release suffix ("Debian:12", "Alpine:v3.20") matters only for
/// Alpine: v3.23 and later ship apk-tools 3, whose ordering differs from apk-tools 2's on zero components followed by
/// suffixes and on ~hash parts (<see cref="ApkTools3VersionComparer"/>); earlier releases, and "Alpine" without a
/// release, keep apk-tools 2's (<see cref="ApkVersionComparer"/>). Wolfi and Chainguard keep apk-tools 2's too.
/// </summary>
public static class VersionComparers
{
    private static readonly Dictionary<string, IVersionComparer> ByEcosystem = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Debian"] = DpkgVersionComparer.Instance,
        ["Ubuntu"] = DpkgVersionComparer.Instance,
        ["Alpine"] = ApkVersionComparer.Instance,
        ["Wolfi"] = ApkVersionComparer.Instance,
        ["Chainguard"] = ApkVersionComparer.Instance,
        ["Red Hat"] = RpmVersionComparer.Instance,
        ["AlmaLinux"] = RpmVersionComparer.Instance,
        ["Rocky Linux"] = RpmVersionComparer.Instance,
        ["Azure Linux"] = RpmVersionComparer.Instance,
        ["Mariner"] = RpmVersionComparer.Instance,
        ["openSUSE"] = RpmVersionComparer.Instance,
        ["SUSE"] = RpmVersionComparer.Instance,
        ["NuGet"] = NuGetVersionComparer.Instance,
        ["npm"] = SemVerComparer.Instance,
        ["crates.io"] = SemVerComparer.Instance,
        ["Go"] = SemVerComparer.Instance,
        ["PyPI"] = Pep440Comparer.Instance,
    };

    /// <summary>The comparer for <paramref name="osvEcosystem"/>, or null when the ecosystem is not known.</summary>
    public static IVersionComparer? For(string osvEcosystem)
    {
        var colon = osvEcosystem.IndexOf(':');
        var name = (colon >= 0 ? osvEcosystem[..colon] : osvEcosystem).Trim();
        if (name.Equals("Alpine", StringComparison.OrdinalIgnoreCase) && colon >= 0 && ShipsApkTools3(osvEcosystem[(colon + 1)..].Trim()))
        {
            return ApkTools3VersionComparer.Instance;
        }
        return ByEcosystem.GetValueOrDefault(name);
    }

    /// <summary>Alpine v3.23 and later (and edge), whose apk is apk-tools 3.</summary>
    private static bool ShipsApkTools3(string release)
    {
        if (release.Equals("edge", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        var parts = release.TrimStart('v', 'V').Split('.');
        return parts.Length >= 2 && int.TryParse(parts[0], out var major) && int.TryParse(parts[1], out var minor)
            && (major > 3 || (major == 3 && minor >= 23));
    }
}
