namespace ContainerSecurity.Inventory;

/// <summary>
/// One file an OS package list was read from: its path, what kind of list it is (<see cref="PackageListFormats"/>),
/// how many packages it listed, and how many of those the inventory kept (the rest were listed by a richer file too).
/// </summary>
public sealed record PackageListSource(string Path, string Format, int Listed, int Kept);

/// <summary>The kinds of OS package list, as the progress line names them.</summary>
public static class PackageListFormats
{
    public const string DpkgStatus = "dpkg status";

    /// <summary>chisel-wrapper's --generate-dpkg-status (.NET's chiseled images): the .debs' control fields, no Status lines.</summary>
    public const string ChiselWrapperStatus = "dpkg status without Status lines (chisel-wrapper)";

    public const string DpkgStatusDirectory = "dpkg status.d";

    public const string ChiselManifest = "chisel manifest";
}
