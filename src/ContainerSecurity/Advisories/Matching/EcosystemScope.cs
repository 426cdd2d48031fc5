using ContainerSecurity.Inventory;

namespace ContainerSecurity.Advisories.Matching;

/// <summary>Whether an advisory's ecosystem (Debian:12, Ubuntu:24.04:LTS, Red Hat:enterprise_linux:9::appstream, NuGet) covers an image's release.</summary>
public static class EcosystemScope
{
    public static bool Covers(string advisoryEcosystem, Package package, OsInfo? os)
    {
        if (!package.Type.IsOsPackage())
        {
            // NuGet, npm, PyPI: one ecosystem, no releases.
            return advisoryEcosystem.Equals(package.Ecosystem, StringComparison.OrdinalIgnoreCase);
        }
        if (os is null)
        {
            return false;
        }
        if (os.OsvEcosystem is { } release)
        {
            // A record without a release suffix speaks for every release of the distribution.
            return advisoryEcosystem.Equals(release, StringComparison.OrdinalIgnoreCase)
                || advisoryEcosystem.Equals(package.Ecosystem, StringComparison.OrdinalIgnoreCase);
        }
        if (os.Family == OsFamilies.Rhel && os.VersionId is { } version)
        {
            // Red Hat scopes by product stream (Red Hat:enterprise_linux:9::appstream); the image only knows its major release.
            var major = version.Split('.')[0];
            return advisoryEcosystem.StartsWith($"Red Hat:enterprise_linux:{major}:", StringComparison.OrdinalIgnoreCase)
                || advisoryEcosystem.Equals($"Red Hat:enterprise_linux:{major}", StringComparison.OrdinalIgnoreCase);
        }
        return false;
    }
}
