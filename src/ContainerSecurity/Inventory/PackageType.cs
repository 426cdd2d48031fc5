namespace ContainerSecurity.Inventory;

public enum PackageType
{
    Dpkg,
    Apk,
    Rpm,
    NuGet,
    /// <summary>A shared framework installed in the image, or the runtime pack a self-contained app carries.</summary>
    DotNetRuntime,
    /// <summary>A project reference compiled into a .NET app: usually the app itself, not something a feed serves.</summary>
    DotNetProject,
    /// <summary>A package in a node_modules folder.</summary>
    Npm,
    /// <summary>A Python distribution in a site-packages or dist-packages folder.</summary>
    PyPI,
}

public static class PackageTypes
{
    /// <summary>Installed by the distribution's package manager, and matched against the distribution's advisories.</summary>
    public static bool IsOsPackage(this PackageType type) => type is PackageType.Dpkg or PackageType.Apk or PackageType.Rpm;

    /// <summary>npm and Python packages: installed by their own tools, unless an OS package put them there.</summary>
    public static bool IsLanguagePackage(this PackageType type) => type is PackageType.Npm or PackageType.PyPI;
}
