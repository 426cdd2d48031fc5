namespace ContainerSecurity.Inventory;

/// <summary>The image's distribution, as its os-release (or an older release file) tells it.</summary>
public sealed record OsInfo
{
    /// <summary>One of <see cref="OsFamilies"/>.</summary>
    public required string Family { get; init; }

    public string? VersionId { get; init; }
    public string? VersionCodename { get; init; }
    public string? PrettyName { get; init; }

    /// <summary>The OSV ecosystem with its release, e.g. Debian:12, Ubuntu:24.04:LTS, Alpine:v3.20; null when OSV has none for this release.</summary>
    public string? OsvEcosystem { get; init; }

    public static OsInfo Unknown { get; } = new() { Family = OsFamilies.Unknown };

    /// <param name="versionText">The human version (os-release VERSION, lsb DISTRIB_DESCRIPTION): it is where Ubuntu says LTS.</param>
    public static OsInfo Create(string family, string? versionId, string? codename, string? prettyName, string? versionText = null) => new()
    {
        Family = family,
        VersionId = Blank(versionId),
        VersionCodename = Blank(codename),
        PrettyName = Blank(prettyName),
        OsvEcosystem = OsvEcosystems.ForRelease(family, Blank(versionId), Blank(prettyName), versionText),
    };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
