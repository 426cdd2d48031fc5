namespace ContainerSecurity.Advisories;

/// <summary>Picks the comparer for an OSV ecosystem name; a release suffix ("Debian:12", "Alpine:v3.20") is ignored.</summary>
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
        return ByEcosystem.GetValueOrDefault(name);
    }
}
