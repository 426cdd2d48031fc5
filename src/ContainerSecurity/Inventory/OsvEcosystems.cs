namespace ContainerSecurity.Inventory;

/// <summary>OSV's ecosystem strings (ossf/osv-schema ecosystems list) for distributions and package types.</summary>
public static class OsvEcosystems
{
    public const string NuGet = "NuGet";
    public const string Npm = "npm";
    public const string PyPI = "PyPI";

    /// <summary>The ecosystem name alone, as a package carries it; empty when OSV has no data for the family.</summary>
    public static string Name(string family) => family switch
    {
        OsFamilies.Debian => "Debian",
        OsFamilies.Ubuntu => "Ubuntu",
        OsFamilies.Alpine => "Alpine",
        // OSV files CBL-Mariner 1.0 and 2.0 under Azure Linux:1 and :2.
        OsFamilies.AzureLinux or OsFamilies.Mariner => "Azure Linux",
        OsFamilies.Rhel => "Red Hat",
        OsFamilies.Rocky => "Rocky Linux",
        OsFamilies.AlmaLinux => "AlmaLinux",
        OsFamilies.OpenSuse => "openSUSE",
        OsFamilies.Wolfi => "Wolfi",
        OsFamilies.Chainguard => "Chainguard",
        _ => "",
    };

    /// <summary>The ecosystem scoped to a release, e.g. Debian:12, Ubuntu:22.04:LTS, Alpine:v3.20, Azure Linux:3, openSUSE:Leap 15.6.</summary>
    public static string? ForRelease(string family, string? versionId, string? prettyName, string? versionText)
    {
        var name = Name(family);
        if (name.Length == 0)
        {
            return null;
        }
        return family switch
        {
            OsFamilies.Wolfi or OsFamilies.Chainguard => name,
            // Red Hat scopes by product stream CPE (Red Hat:enterprise_linux:9::baseos), which the release files do not carry.
            OsFamilies.Rhel => null,
            OsFamilies.OpenSuse => prettyName is null ? null : $"{name}:{StripPrefix(prettyName, "openSUSE ")}",
            _ when versionId is null => null,
            OsFamilies.Ubuntu => IsUbuntuLts(versionId, prettyName, versionText) ? $"{name}:{versionId}:LTS" : $"{name}:{versionId}",
            OsFamilies.Alpine => $"{name}:v{MajorMinor(versionId)}",
            _ => $"{name}:{Major(versionId)}",
        };
    }

    private static bool IsUbuntuLts(string versionId, string? prettyName, string? versionText)
    {
        if ((prettyName?.Contains("LTS", StringComparison.Ordinal) ?? false) || (versionText?.Contains("LTS", StringComparison.Ordinal) ?? false))
        {
            return true;
        }
        // Every April release of an even year is LTS (6.06 aside, long gone).
        var parts = versionId.Split('.');
        return parts.Length >= 2 && int.TryParse(parts[0], out var year) && year % 2 == 0 && parts[1] == "04";
    }

    private static string Major(string version) => version.Split('.')[0];

    private static string MajorMinor(string version)
    {
        var parts = version.Split('.');
        return parts.Length >= 2 ? $"{parts[0]}.{parts[1]}" : version;
    }

    private static string StripPrefix(string value, string prefix) =>
        value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) ? value[prefix.Length..] : value;
}
