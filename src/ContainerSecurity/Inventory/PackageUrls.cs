using System.Globalization;

namespace ContainerSecurity.Inventory;

/// <summary>The purl of an installed package, with the vendor namespace and distro qualifier its image gives it.</summary>
public static class PackageUrls
{
    /// <param name="family">The distribution family the package belongs to (already resolved against its default).</param>
    /// <param name="os">The image's distribution; its release only qualifies packages of its own family.</param>
    public static string For(PackageRecord package, string family, OsInfo os)
    {
        var release = os.Family == family ? os.VersionId : null;
        return package.Type switch
        {
            PackageType.Dpkg => PurlBuilder.Build("deb", family, package.Name.ToLowerInvariant(), package.Version,
                [new("arch", package.Architecture), new("distro", release is null ? null : $"{family}-{release}")]),
            PackageType.Apk => PurlBuilder.Build("apk", family, package.Name.ToLowerInvariant(), package.Version,
                [new("arch", package.Architecture), new("distro", release)]),
            PackageType.Rpm => PurlBuilder.Build("rpm", RpmVendor(family), package.Name, package.Version,
                [
                    new("arch", package.Architecture),
                    new("distro", release is null ? null : $"{RpmVendor(family)}-{release}"),
                    new("epoch", package.Epoch is > 0 ? package.Epoch.Value.ToString(CultureInfo.InvariantCulture) : null),
                ]),
            PackageType.Npm => Npm(package),
            // The purl spec lowercases PyPI names and turns '_' into '-'; dots stay.
            PackageType.PyPI => PurlBuilder.Build("pypi", null, package.Name.ToLowerInvariant().Replace('_', '-'), package.Version),
            _ => PurlBuilder.Build("nuget", null, package.Name, package.Version),
        };
    }

    /// <summary>An npm scope is the purl namespace: @types/node is pkg:npm/%40types/node.</summary>
    private static string Npm(PackageRecord package)
    {
        var slash = package.Name.IndexOf('/');
        return package.Name.StartsWith('@') && slash > 0
            ? PurlBuilder.Build("npm", package.Name[..slash], package.Name[(slash + 1)..], package.Version)
            : PurlBuilder.Build("npm", null, package.Name, package.Version);
    }

    private static string? RpmVendor(string family) => family switch
    {
        OsFamilies.Rhel => "redhat",
        OsFamilies.Unknown => null,
        _ => family,
    };
}
