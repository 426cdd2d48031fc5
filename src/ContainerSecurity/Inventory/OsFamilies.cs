namespace ContainerSecurity.Inventory;

/// <summary>The distribution families the inventory tells apart, by their os-release ID.</summary>
public static class OsFamilies
{
    public const string Debian = "debian";
    public const string Ubuntu = "ubuntu";
    public const string Alpine = "alpine";
    public const string AzureLinux = "azurelinux";
    public const string Mariner = "mariner";
    public const string Rhel = "rhel";
    public const string CentOs = "centos";
    public const string Rocky = "rocky";
    public const string AlmaLinux = "almalinux";
    public const string Fedora = "fedora";
    public const string OpenSuse = "opensuse";
    public const string Wolfi = "wolfi";
    public const string Chainguard = "chainguard";
    public const string Unknown = "unknown";

    public static string FromOsReleaseId(string? id) => id?.ToLowerInvariant() switch
    {
        Debian or Ubuntu or Alpine or AzureLinux or Mariner or Rhel or CentOs or Rocky or AlmaLinux or Fedora or Wolfi or Chainguard => id.ToLowerInvariant(),
        "opensuse" or "opensuse-leap" or "opensuse-tumbleweed" => OpenSuse,
        _ => Unknown,
    };

    /// <summary>Whether packages of <paramref name="type"/> are what <paramref name="family"/> installs with its own package manager.</summary>
    public static bool Manages(string family, PackageType type) => type switch
    {
        PackageType.Dpkg => family is Debian or Ubuntu,
        PackageType.Apk => family is Alpine or Wolfi or Chainguard,
        PackageType.Rpm => family is AzureLinux or Mariner or Rhel or CentOs or Rocky or AlmaLinux or Fedora or OpenSuse,
        _ => false,
    };
}
