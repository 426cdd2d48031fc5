namespace ContainerSecurity.Inventory;

/// <summary>rpm's name-version-release conventions, shared by the rpm databases and the Azure Linux manifests.</summary>
internal static class RpmNames
{
    /// <summary>The public keys rpm keeps in its database look like packages but install nothing.</summary>
    public const string GpgPubkey = "gpg-pubkey";

    public static PackageRecord Record(string name, string versionRelease, int? epoch, string? arch, string? sourceRpm, string foundAt)
    {
        var source = sourceRpm is null ? null : SplitNevra(StripSuffix(sourceRpm, ".rpm"));
        return new PackageRecord
        {
            Name = name,
            Version = versionRelease,
            Epoch = epoch,
            // A source rpm's file name has no epoch, but its binaries share the spec file's.
            SourceName = source?.Name,
            SourceVersion = source is null ? null : (epoch is > 0 ? $"{epoch}:" : "") + $"{source.Value.Version}-{source.Value.Release}",
            Architecture = arch is null or "(none)" ? null : arch,
            Type = PackageType.Rpm,
            FoundAt = foundAt,
        };
    }

    /// <summary>Splits name-version-release.arch (as rpm -qa prints and source rpm file names read) from the right, since names contain dashes.</summary>
    public static (string Name, string Version, string Release, string Arch)? SplitNevra(string nevra)
    {
        var dot = nevra.LastIndexOf('.');
        if (dot <= 0)
        {
            return null;
        }
        var nameVersionRelease = nevra[..dot];
        var releaseDash = nameVersionRelease.LastIndexOf('-');
        var versionDash = releaseDash > 0 ? nameVersionRelease.LastIndexOf('-', releaseDash - 1) : -1;
        if (versionDash <= 0)
        {
            return null;
        }
        return (nameVersionRelease[..versionDash], nameVersionRelease[(versionDash + 1)..releaseDash], nameVersionRelease[(releaseDash + 1)..], nevra[(dot + 1)..]);
    }

    private static string StripSuffix(string value, string suffix) =>
        value.EndsWith(suffix, StringComparison.Ordinal) ? value[..^suffix.Length] : value;
}
