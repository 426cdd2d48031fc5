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
}
