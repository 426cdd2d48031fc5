using NuGet.Versioning;

namespace ContainerSecurity.Advisories.Versions;

/// <summary>NuGet's ordering (four-part versions, case-insensitive SemVer 2.0 labels), from NuGet.Versioning itself.</summary>
public sealed class NuGetVersionComparer : IVersionComparer
{
    public static NuGetVersionComparer Instance { get; } = new();

    public int Compare(string a, string b) => Math.Sign(VersionComparer.Default.Compare(Parse(a), Parse(b)));

    public bool IsValid(string version) => NuGetVersion.TryParse(version, out _);

    private static NuGetVersion Parse(string version) =>
        NuGetVersion.TryParse(version, out var parsed) ? parsed : throw new FormatException($"Not a NuGet version: '{version}'.");
}
