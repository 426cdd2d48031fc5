using ContainerSecurity.Advisories;
using ContainerSecurity.Advisories.Osv;
using ContainerSecurity.Inventory;

namespace ContainerSecurity.Tests.Advisories.Matching;

/// <summary>Packages, images and advisory entries shaped like real ones (Debian 12 glibc, zlib, Newtonsoft.Json, the .NET runtime).</summary>
internal static class MatchingFixtures
{
    public static readonly OsInfo Bookworm = OsInfo.Create(OsFamilies.Debian, "12", "bookworm", "Debian GNU/Linux 12 (bookworm)");

    public static Package Deb(string name, string version, string? source = null, string? sourceVersion = null) => new()
    {
        Name = name,
        Version = version,
        SourceName = source,
        SourceVersion = sourceVersion,
        Type = PackageType.Dpkg,
        Ecosystem = "Debian",
        Purl = $"pkg:deb/debian/{name}@{version}?distro=debian-12",
        FoundAt = "var/lib/dpkg/status",
    };

    public static Package NuGetPackage(string name, string version, PackageType type = PackageType.NuGet) => new()
    {
        Name = name,
        Version = version,
        Type = type,
        Ecosystem = OsvEcosystems.NuGet,
        Purl = $"pkg:nuget/{name}@{version}",
        FoundAt = "app/app.deps.json",
    };

    public static ScannedImage Image(OsInfo? os, params (Package Package, bool FromBase)[] packages) =>
        new("image.tar", "sha256:" + new string('a', 64), "sha256:" + new string('c', 64), "linux/amd64", [])
        {
            Os = os,
            Packages = packages.Select(p => new InstalledPackage(p.Package, "sha256:" + new string(p.FromBase ? 'b' : 'd', 64), p.FromBase)).ToList(),
        };

    public static AdvisoryEntry Entry(string id, string ecosystem, string package, string? introduced = "0", string? fixedIn = null,
        string[]? aliases = null, Severity severity = Severity.High, string? lastAffected = null, string? limit = null, string rangeType = "ECOSYSTEM") => new()
    {
        Id = id,
        Aliases = aliases ?? [],
        Severity = severity,
        Ecosystem = ecosystem,
        PackageName = package,
        Summary = $"{package}: test advisory {id}",
        Url = $"https://osv.dev/vulnerability/{id}",
        Ranges = [Range(rangeType, introduced, fixedIn, lastAffected, limit)],
    };

    public static OsvRange Range(string type, string? introduced, string? fixedIn = null, string? lastAffected = null, string? limit = null)
    {
        var events = new List<OsvEvent>();
        if (introduced is not null) events.Add(new OsvEvent { Introduced = introduced });
        if (fixedIn is not null) events.Add(new OsvEvent { Fixed = fixedIn });
        if (lastAffected is not null) events.Add(new OsvEvent { LastAffected = lastAffected });
        if (limit is not null) events.Add(new OsvEvent { Limit = limit });
        return new OsvRange { Type = type, Events = events };
    }

    public static AdvisoryData AdvisoryDataOf(params (string Index, AdvisoryEntry[] Entries)[] indexes) =>
        new(indexes.ToDictionary(i => i.Index, i => (IAdvisoryIndex)new FakeIndex(i.Entries)), []);
}
